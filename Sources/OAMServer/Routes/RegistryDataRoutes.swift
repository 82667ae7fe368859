import Hummingbird
import OAMQuery

/// `GET /api/v1/adapters` (`oam adapters --format json`) and
/// `GET /api/v1/export?format=json|csv` (`oam export --format …`): bodies rendered once
/// per registry load (the adapters once per discovery), answered with their entity tags.
struct RegistryDataRoutes<Context: RequestContext> {
    let store: RegistryStore

    func register(on router: Router<Context>) {
        router.get("/api/v1/adapters") { request, _ in
            try QueryParameters.requireNone(request)
            guard let listing = store.adapters.listing else {
                throw APIError(
                    status: .serviceUnavailable, code: .notReady,
                    message: "the adapters are being discovered (at start and after a reload); retry in a second",
                    headers: [.retryAfter: "1"])
            }
            return listing.response(to: request)
        }
        router.get("/api/v1/export") { request, _ in
            return store.current.export(try Self.format(request)).response(to: request)
        }
    }

    /// `format=json|csv`, `json` when absent.
    static func format(_ request: Request) throws(APIError) -> ExportFormat {
        do throws(QueryError) {
            let parameters = try QueryParameters(request, known: [ExportFormat.parameterName])
            try parameters.requireKnown()
            guard let text = try parameters.string(ExportFormat.parameterName) else { return .json }
            return try ExportFormat(parameter: text)
        } catch {
            throw APIError(error)
        }
    }
}
