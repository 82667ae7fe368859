import Hummingbird
import Logging

/// One log line per request: method, path, status, response bytes and duration in ms.
struct AccessLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let line = AccessLogLine.text(
            method: request.method.rawValue, path: request.uri.path, status: response.status.code,
            bytes: response.body.contentLength, elapsed: ContinuousClock.now - start)
        logger.info("\(line)")
        return response
    }
}
