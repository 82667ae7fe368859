import Foundation
import Hummingbird
import OAMCore
import OAMPages
import OAMQuery
import OAMRegistry
import OAMSolver

/// The web pages: each handler reads the request into a `PageContext` (registry, language
/// from `?lang=` or `Accept-Language`, the query's parameters) and a typed query, and answers
/// the HTML `OAMPages` renders. A failed question is an HTML error page with the API's status
/// and message. Parameter names are checked like the API's, plus `lang`.
struct PageRoutes<Context: RequestContext> {
    let store: RegistryStore
    let timeBound: TimeBound
    let body: BodyReader
    /// Pages named by their path and language alone.
    let cache: PageCache
    /// Pages answering a question without the solver (catalog filters, compare), keyed by
    /// the question as asked.
    let questionCache: PageCache

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
        router.post("/fit") { request, _ in try await fitPasted(request) }
        router.get("/validate") { request, _ in
            page(request, known: []) { ValidatePage.render(source: nil, path: nil, report: nil, context: $0) }
        }
        router.post("/validate") { request, _ in try await validate(request) }
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
    /// `GET /api/v1/fit` decodes it (less the empty fields a submitted form carries), solved
    /// under the same time bound, and rendered.
    private func fit(_ request: Request) async throws -> Response {
        var context = pageContext(request)
        let report: FitReport?
        do {
            let parameters = try QueryParameters(request, known: FitQuery.parameterNames + ["lang"]).nonEmpty
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
        return RenderedBody(FitPage.render(report, context: context), contentType: Self.htmlType).response(to: request)
    }

    /// `POST /fit`: the paste form's url-encoded fields (`config`, `id` and `GET /api/v1/fit`'s
    /// names), asked exactly as `POST /api/v1/fit` asks a posted config.json. The answer, or
    /// the refusal with the API's status and message, comes with the paste form filled. A
    /// body the server refuses (over the cap, another media type) is `PageErrorMiddleware`'s.
    private func fitPasted(_ request: Request) async throws -> Response {
        var context = pageContext(request)
        context.parametersInURL = false
        do {
            try QueryParameters(request, known: ["lang"]).requireKnown()
            let form = try await body.read(request, mediaType: "application/x-www-form-urlencoded")
            let parameters = try QueryParameters(encoded: form, known: FitRoutes<Context>.postedParameterNames + ["config"])
                .nonEmpty
            context.parameters = parameters.pairs.map { ($0.name, $0.value) }
            guard let config = try parameters.string("config"), !config.allSatisfy(\.isWhitespace) else {
                throw QueryError.invalidParameter(
                    parameter: "config", message: "config is empty: paste a HuggingFace config.json")
            }
            let fitRequest = try FitRoutes<Context>.postedRequest(parameters, config: config, registry: context.registry)
            let report = try await timeBound.run { CompatibilitySolver.solve(fitRequest) }
            return Self.html(.ok, FitPage.render(report, pasted: true, context: context))
        } catch let error as QueryError {
            return Self.html(
                APIError(error).status, FitPage.render(nil, pasted: true, error: error.description, context: context))
        }
    }

    /// `POST /validate`: the pasted descriptor (`descriptor`) and its optional registry path
    /// (`path`) from the form, checked exactly as `POST /api/v1/validate` checks them. The
    /// page answers 200 with the findings, or 400 (with the form refilled) for a bad path or a
    /// text the YAML reader refuses.
    private func validate(_ request: Request) async throws -> Response {
        var context = pageContext(request)
        context.parametersInURL = false
        var source: String?
        var pathText: String?
        do {
            let query = try QueryParameters(request, known: ["lang"])
            try query.requireKnown()
            context.parameters = query.pairs.map { ($0.name, $0.value) }
            let form = try QueryParameters(
                encoded: try await body.read(request, mediaType: "application/x-www-form-urlencoded"),
                known: ["descriptor", "path"])
            try form.requireKnown()
            // Browsers send a textarea's line breaks as CRLF (HTML's form submission rules);
            // the pasted file had the user's own, which the echo shows as LF.
            source = (try form.string("descriptor") ?? "").replacingOccurrences(of: "\r\n", with: "\n")
            pathText = try form.string(RegistryPath.parameterName).flatMap { $0.isEmpty ? nil : $0 }
            let path = try pathText.map { text throws(QueryError) in try RegistryPath(text) }
            let posted = PostedDescriptor(text: source ?? "", path: path)
            let relative = store.current.relative
            let report = try await timeBound.run { posted.check(in: relative) }
            return Self.html(
                report.unreadable == nil ? .ok : .badRequest,
                ValidatePage.render(source: source, path: pathText, report: report, context: context))
        } catch let error as QueryError {
            return Self.html(
                APIError(error).status,
                ValidatePage.render(source: source, path: pathText, report: nil, refusal: error.description, context: context))
        } catch let error as APIError {
            return Self.html(
                error.status,
                ValidatePage.render(
                    source: source, path: pathText, report: nil, refusal: error.document.message, context: context),
                headers: error.headers)
        }
    }

    /// Renders one page; a `QueryError` becomes the error page with the API's status. A page
    /// whose URL has no parameter but `lang` comes from `cache` once rendered.
    private func page(_ request: Request, known: [String], render: (PageContext) throws(QueryError) -> String) -> Response {
        let snapshot = store.current
        var context = Self.pageContext(request, registry: snapshot.registry)
        do {
            let parameters = try QueryParameters(request, known: known + ["lang"])
            context.parameters = parameters.pairs.map { ($0.name, $0.value) }
            try parameters.requireKnown()
            let question = parameters.pairs.filter { $0.name != "lang" }.flatMap { [$0.name, $0.value] }
            let key = Self.cacheKey([context.language.rawValue, context.path] + question)
            let body = try (question.isEmpty ? cache : questionCache).page(revision: snapshot.revision, key: key) {
                () throws(QueryError) in RenderedBody(try render(context), contentType: Self.htmlType)
            }
            return body.response(to: request)
        } catch {
            return Self.html(APIError(error).status, ErrorPage.render(error, context: context))
        }
    }

    /// A page's key in a cache: its language, path and question (names and values, in the
    /// order asked), each part prefixed by its length in bytes, so that no two different
    /// requests share a key whatever their values hold.
    static func cacheKey(_ parts: [String]) -> String {
        parts.map { "\($0.utf8.count):\($0)" }.joined()
    }

    /// The registry being served and the language the request asks for; the parameters are
    /// filled once decoded.
    private func pageContext(_ request: Request) -> PageContext {
        Self.pageContext(request, registry: store.current.registry)
    }

    static func pageContext(_ request: Request, registry: Registry) -> PageContext {
        let lang = request.uri.queryParameters["lang"].map(String.init)
        let language = Language.negotiate(query: lang, acceptLanguage: request.headers[.acceptLanguage])
        return PageContext(registry: registry, language: language, path: request.uri.path)
    }

    /// Pages are answered as the API answers its bodies (`RenderedBody`): an entity tag of
    /// the bytes, so of the registry, language and question that made them, `Cache-Control:
    /// no-cache`, and `304` when `If-None-Match` names the tag.
    static var htmlType: String { "text/html; charset=utf-8" }

    /// A page that is not kept: a failure, or the answer to a posted form (it has no URL).
    static func html(_ status: HTTPResponse.Status, _ text: String, headers: HTTPFields = [:]) -> Response {
        var headers = headers
        headers[.contentType] = htmlType
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
