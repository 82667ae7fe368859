import Dispatch
import Foundation
import Synchronization

/// Runs a computation (a solver run) with a time bound: past it the request is answered
/// 503 with `Retry-After` at once. The computation is not cancellable and finishes in the
/// background.
struct TimeBound: Sendable {
    let seconds: Double

    func run<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        let outcome = Outcome<Value>()
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Value, any Error>) in
            outcome.continuation.withLock { $0 = continuation }
            let seconds = self.seconds
            // The run gets a thread of its own (the server's concurrency bound caps how many):
            // on Linux the cooperative pool that resumes every request is libdispatch's global
            // queue, whose workers are capped near the core count, so solver runs queued there
            // would stall every other request and this deadline. The deadline fires on a
            // serial queue of its own; one for a request answered in time finds nothing to
            // resume.
            Self.deadlines.asyncAfter(deadline: .now() + seconds) {
                outcome.finish(
                    .failure(APIError.overloaded("the request took longer than \(seconds) s; retry later", retryAfterSeconds: 5)))
            }
            Thread { outcome.finish(Result { try work() }) }.start()
        }
    }

    /// Deadlines only: a serial queue of our own gets a thread even when every worker of
    /// the global queue runs a solver, and its blocks only resume continuations.
    private static let deadlines = DispatchQueue(label: "oam.server.time-bound")

    /// Resumes the continuation once: with the value, or with the time-out, whichever
    /// comes first.
    final class Outcome<Value: Sendable>: Sendable {
        let continuation = Mutex<CheckedContinuation<Value, any Error>?>(nil)

        func finish(_ result: Result<Value, any Error>) {
            let pending = continuation.withLock { value in
                defer { value = nil }
                return value
            }
            pending?.resume(with: result)
        }
    }
}
