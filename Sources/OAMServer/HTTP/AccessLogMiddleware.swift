import Foundation
import Hummingbird
import Logging

/// One log line per request: method, path, status, response bytes and duration in ms.
struct AccessLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) / 1e15
        let bytes = response.body.contentLength.map(String.init) ?? "-"
        logger.info(
            "\(request.method.rawValue) \(request.uri.path) \(response.status.code) \(bytes) \(String(format: "%.2f", milliseconds))ms"
        )
        return response
    }
}
