import Hummingbird

/// Headers on every response: a Content-Security-Policy that lets pages load only from the
/// server itself (the stylesheet and favicon it serves; no inline script or style, no other
/// host, no framing), `nosniff` so a body is never read as another type, and no referrer to
/// the sources the pages link to. No handler sets these, so they are appended, not replaced.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        var response = try await next(request, context)
        response.headers.append(contentsOf: SecurityHeaders.fields)
        return response
    }
}
