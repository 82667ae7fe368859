import Hummingbird
import OAMCore
import OAMQuery
import OAMRegistry
import OAMSolver

/// `GET /api/v1/fit?model=…&batch=…`: the body of `oam fit MODEL … --format json`.
struct FitRoutes<Context: RequestContext> {
    let store: RegistryStore

    let timeBound: TimeBound
    let body: BodyReader

    func register(on router: Router<Context>) {
        router.get("/api/v1/fit") { request, _ in try await fit(request) }
        router.post("/api/v1/fit") { request, _ in try await fitPosted(request) }
    }

    /// `GET`: the model is a registry id or alias (`model=`).
    private func fit(_ request: Request) async throws -> Response {
        let registry = store.current.registry
        let fitRequest: FitRequest
        do {
            let query = try FitQuery(parameters: QueryParameters(request, known: FitQuery.parameterNames), model: nil)
            let model = try DescriptorLookup.model(query.model, in: registry)
            fitRequest = try query.resolve(model: model, registry: registry)
        } catch {
            throw APIError(error)
        }
        return try await solve(fitRequest, request: request)
    }

    /// Query names of `POST /api/v1/fit`: the model is the posted config.json, named by `id`.
    static var postedParameterNames: [String] { FitQuery.parameterNames.filter { $0 != "model" } + ["id"] }

    /// `POST`: the body is a HuggingFace config.json, `id=ORG/NAME` names it (`oam fit
    /// config.json --id ORG/NAME`).
    private func fitPosted(_ request: Request) async throws -> Response {
        let text = try await body.read(request, mediaType: "application/json")
        let fitRequest: FitRequest
        do {
            let parameters = try QueryParameters(request, known: Self.postedParameterNames)
            fitRequest = try Self.postedRequest(parameters, config: text, registry: store.current.registry)
        } catch {
            throw APIError(error)
        }
        return try await solve(fitRequest, request: request)
    }

    /// The question of a posted config.json: `id` names it, the other parameters are
    /// `GET /api/v1/fit`'s. The API and the fit page's paste form both ask it this way.
    static func postedRequest(_ parameters: QueryParameters, config: String, registry: Registry) throws(QueryError)
        -> FitRequest
    {
        guard let id = try parameters.string("id"), !id.isEmpty else {
            throw QueryError.invalidParameter(
                parameter: "id", message: "id is required: the config's HuggingFace repo id ORG/NAME")
        }
        let query = try FitQuery(parameters: parameters, model: id)
        let model = try ConfigModel.descriptor(configText: config, id: id)
        return try query.resolve(model: model, registry: registry)
    }

    private func solve(_ fitRequest: FitRequest, request: Request) async throws -> Response {
        let body = try await timeBound.run { RenderedBody(json: FitJSON.document(CompatibilitySolver.solve(fitRequest))) }
        return body.response(to: request)
    }
}
