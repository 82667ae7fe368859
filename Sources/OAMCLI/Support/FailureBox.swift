import Synchronization

/// Carries an error message out of the task `oam serve` runs the server in.
final class FailureBox: Sendable {
    private let message = Mutex<String?>(nil)

    func set(_ text: String) { message.withLock { $0 = text } }
    func get() -> String? { message.withLock { $0 } }
}
