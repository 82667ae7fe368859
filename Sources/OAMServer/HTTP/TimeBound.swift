import Dispatch
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
            // Both on Dispatch, not the cooperative pool: a CPU-bound solver run must not hold
            // one of the few threads other requests run on, and the deadline must fire even
            // when every one of those threads is busy.
            // The deadline of a request answered in time finds nothing left to resume.
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
                outcome.finish(
                    .failure(APIError.overloaded("the request took longer than \(seconds) s; retry later", retryAfterSeconds: 5)))
            }
            DispatchQueue.global().async { outcome.finish(Result { try work() }) }
        }
    }

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
