import Hummingbird
import OAMPages

/// Failures on page paths answered as pages, in the request's language, so that a person who
/// mistypes a URL gets a page with did-you-mean links rather than the API's JSON: an unknown
/// path is 404 (`ErrorPage.notFound`), a page path with another method 405 with `Allow`, and
/// anything else the API would shape (a body over the cap, a 503 when overloaded) that status
/// with the API's message and headers. Paths of the API (`/api/…`, `/healthz`,
/// `/openapi.json`) pass through to `ErrorShapeMiddleware` and stay JSON.
struct PageErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    let store: RegistryStore

    /// The page routes, for 405's `Allow`.
    static var routes: [APIRoute] {
        [
            "/", "/accelerators/{vendor}/{product}", "/models", "/models/{org}/{name}", "/specs", "/specs/{id}", "/compare",
            "/fit",
            "/validate",
        ]
        .map { APIRoute(method: .get, path: $0) } + [
            APIRoute(method: .post, path: "/fit"), APIRoute(method: .post, path: "/validate"),
        ]
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        let path = request.uri.path
        guard Self.isPage(path) else { return try await next(request, context) }
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            let page = PageRoutes<Context>.pageContext(request, registry: store.current.registry)
            let allowed = APIRoute.methods(for: path, in: Self.routes)
            guard allowed.isEmpty else {
                let allow = allowed.map(\.rawValue).joined(separator: ", ")
                let message = page.t(.methodNotAllowed, ["method": request.method.rawValue, "path": path, "allow": allow])
                return PageRoutes<Context>.html(
                    .methodNotAllowed, ErrorPage.render(message: message, context: page), headers: [.allow: allow])
            }
            return PageRoutes<Context>.html(.notFound, ErrorPage.notFound(path: path, context: page))
        } catch {
            let shaped: APIError
            switch error {
            case let error as APIError: shaped = error
            case let error as HTTPError:
                shaped = ErrorShapeMiddleware<Context>(routes: APIRoute.all).shaped(error, request: request)
            default: throw error
            }
            let page = PageRoutes<Context>.pageContext(request, registry: store.current.registry)
            return PageRoutes<Context>.html(
                shaped.status, ErrorPage.render(message: shaped.document.message, context: page), headers: shaped.headers)
        }
    }

    /// Whether `path` is a page's: not the API's versioned tree nor one of its own routes.
    static func isPage(_ path: String) -> Bool {
        !(path == "/api" || path.hasPrefix("/api/") || !APIRoute.methods(for: path, in: APIRoute.all).isEmpty)
    }
}
