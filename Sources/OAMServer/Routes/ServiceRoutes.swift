import Hummingbird

/// `GET /healthz` (revision and counts of the registry being served) and
/// `GET /openapi.json` (the API's description, which the tests hold the server to).
struct ServiceRoutes<Context: RequestContext> {
    let store: RegistryStore
    static var openAPI: RenderedBody { RenderedBody(OpenAPIDocument.text, precompress: true) }

    func register(on router: Router<Context>) {
        let openAPI = Self.openAPI
        router.get("/healthz") { request, _ in store.current.health.response(to: request) }
        router.get("/openapi.json") { request, _ in openAPI.response(to: request) }
    }
}
