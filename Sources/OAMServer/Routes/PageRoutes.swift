import Hummingbird
import OAMCore
import OAMPages
import OAMQuery
import OAMSolver

/// The web pages: each handler reads the request into a `PageContext` (registry, language
/// from `?lang=` or `Accept-Language`, the query's parameters) and a typed query, and answers
/// the HTML `OAMPages` renders. A failed question is an HTML error page with the API's status
/// and message. Parameter names are checked like the API's, plus `lang`.
struct PageRoutes<Context: RequestContext> {
    let store: RegistryStore
    let timeBound: TimeBound

    func register(on router: Router<Context>) {
        router.get("/") { request, _ in
            page(request, known: CatalogQuery.parameterNames) { context throws(QueryError) in
                try CatalogPage.render(CatalogQuery(parameters: context.parameters), context: context)
            }
        }
        router.get("/accelerators/{vendor}/{product}") { request, context in
            let id = "\(try context.parameters.require("vendor"))/\(try context.parameters.require("product"))"
            return page(request, known: []) { context throws(QueryError) in try AcceleratorPage.render(id: id, context: context) }
        }
        router.get("/models") { request, _ in page(request, known: []) { ModelPages.list(context: $0) } }
        router.get("/models/{org}/{name}") { request, context in
            let id = "\(try context.parameters.require("org"))/\(try context.parameters.require("name"))"
            return page(request, known: []) { context throws(QueryError) in try ModelPages.model(id: id, context: context) }
        }
        router.get("/specs") { request, _ in page(request, known: []) { SpecPages.list(context: $0) } }
        router.get("/specs/{id}") { request, context in
            let id = try context.parameters.require("id")
            return page(request, known: []) { context throws(QueryError) in try SpecPages.spec(id: id, context: context) }
        }
        router.get("/compare") { request, _ in
            page(request, known: CompareQuery.parameterNames) { context throws(QueryError) in
                try ComparePage.render(CompareQuery(parameters: context.parameters), context: context)
            }
        }
        router.get("/fit") { request, _ in try await fit(request) }
        router.get(RouterPath(PageAssets.faviconPath)) { request, _ in
            Self.favicon.response(to: request)
        }
        router.get(RouterPath(PageAssets.stylesheetPath)) { request, _ in
            Self.stylesheet.response(to: request)
        }
    }

    static var favicon: RenderedBody { RenderedBody(PageAssets.favicon, contentType: "image/svg+xml") }
    static var stylesheet: RenderedBody { RenderedBody(PageAssets.stylesheet, contentType: "text/css; charset=utf-8") }

    /// `/fit`: the form alone without a model; else the question decoded exactly as
    /// `GET /api/v1/fit` decodes it, solved under the same time bound, and rendered.
    private func fit(_ request: Request) async throws -> Response {
        var context = pageContext(request)
        let report: FitReport?
        do {
            let parameters = try QueryParameters(request, known: FitQuery.parameterNames + ["lang"])
            context.parameters = parameters.pairs.map { ($0.name, $0.value) }
            if (try parameters.string("model") ?? "").isEmpty {
                try parameters.requireKnown()
                report = nil
            } else {
                let query = try FitQuery(parameters: parameters, model: nil)
                let model = try DescriptorLookup.model(query.model, in: context.registry)
                let fitRequest = try query.resolve(model: model, registry: context.registry)
                report = try await timeBound.run { CompatibilitySolver.solve(fitRequest) }
            }
        } catch let error as QueryError {
            return Self.html(APIError(error).status, ErrorPage.render(error, context: context))
        }
        return Self.html(.ok, FitPage.render(report, context: context))
    }

    /// Renders one page; a `QueryError` becomes the error page with the API's status.
    private func page(_ request: Request, known: [String], render: (PageContext) throws(QueryError) -> String) -> Response {
        var context = pageContext(request)
        do {
            let parameters = try QueryParameters(request, known: known + ["lang"])
            context.parameters = parameters.pairs.map { ($0.name, $0.value) }
            try parameters.requireKnown()
            return Self.html(.ok, try render(context))
        } catch {
            return Self.html(APIError(error).status, ErrorPage.render(error, context: context))
        }
    }

    /// The registry being served and the language the request asks for; the parameters are
    /// filled once decoded.
    private func pageContext(_ request: Request) -> PageContext {
        let lang = request.uri.queryParameters["lang"].map(String.init)
        let language = Language.negotiate(query: lang, acceptLanguage: request.headers[.acceptLanguage])
        return PageContext(registry: store.current.registry, language: language, path: request.uri.path)
    }

    static func html(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-cache"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
