import Hummingbird
import Synchronization

/// Bounds the requests being answered at once. One over the bound is refused at once with
/// 503 and `Retry-After` rather than queued, so a burst cannot grow memory or latency
/// without limit. `/healthz` is exempt so that monitoring sees a busy server as up.
struct ConcurrencyLimitMiddleware<Context: RequestContext>: RouterMiddleware {
    let limit: Int
    let inFlight: Counter

    /// The shared count of requests being answered.
    final class Counter: Sendable {
        let value = Mutex(0)
    }

    init(limit: Int, counter: Counter = Counter()) {
        self.limit = limit
        self.inFlight = counter
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        if request.uri.path == "/healthz" { return try await next(request, context) }
        let admitted = inFlight.value.withLock { count in
            guard count < limit else { return false }
            count += 1
            return true
        }
        guard admitted else {
            throw APIError.overloaded("\(limit) requests are being answered; retry in a second", retryAfterSeconds: 1)
        }
        defer { inFlight.value.withLock { $0 -= 1 } }
        return try await next(request, context)
    }
}
