import Hummingbird
import OAMCore
import OAMQuery

/// `POST /api/v1/validate[?path=accelerators/acme/x1.yaml]` with a descriptor as
/// `application/yaml`: the findings `oam validate --registry R FILE --format json` reports
/// for it (SARIF when `Accept` asks for `application/sarif+json`), checked as if added to
/// the served registry or replacing the file at `path`. A descriptor with findings is a
/// successful check (200); a text the YAML reader refuses is a 400 with its position.
struct ValidateRoutes<Context: RequestContext> {
    let store: RegistryStore
    let timeBound: TimeBound
    let body: BodyReader

    static var mediaType: String { "application/yaml" }
    static var sarifMediaType: String { "application/sarif+json" }
    static var parameterNames: [String] { [RegistryPath.parameterName] }

    func register(on router: Router<Context>) {
        router.post("/api/v1/validate") { request, _ in try await validate(request) }
    }

    private func validate(_ request: Request) async throws -> Response {
        let representation = try MediaNegotiation.choose(
            request.headers[.accept], offers: ["application/json", Self.sarifMediaType])
        let posted: PostedDescriptor
        do {
            let parameters = try QueryParameters(request, known: Self.parameterNames)
            try parameters.requireKnown()
            let path = try parameters.string(RegistryPath.parameterName).map { text throws(QueryError) in
                try RegistryPath(text)
            }
            posted = PostedDescriptor(text: try await body.read(request, mediaType: Self.mediaType), path: path)
        } catch let error as QueryError {
            throw APIError(error)
        }
        let context = store.current.relative
        let report = try await timeBound.run { posted.check(in: context) }
        if let error = report.unreadableError { throw APIError(error) }
        let document = representation == Self.sarifMediaType ? report.sarif : report.json
        return Response(
            status: .ok, headers: [.contentType: representation, .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: document.serialized(pretty: false))))
    }
}
