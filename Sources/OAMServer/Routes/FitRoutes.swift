import Hummingbird
import OAMCore
import OAMQuery
import OAMSolver

/// `GET /api/v1/fit?model=…&batch=…`: the body of `oam fit MODEL … --format json`.
struct FitRoutes<Context: RequestContext> {
    let store: RegistryStore

    let timeBound: TimeBound

    func register(on router: Router<Context>) {
        router.get("/api/v1/fit") { request, _ in try await fit(request) }
    }

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
        let body = try await timeBound.run { RenderedBody(json: FitJSON.document(CompatibilitySolver.solve(fitRequest))) }
        return body.response(to: request)
    }
}
