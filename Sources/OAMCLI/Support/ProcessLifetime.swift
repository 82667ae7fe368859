import Foundation

/// Values a one-shot command keeps until the process exits instead of freeing them.
///
/// The operating system takes the whole address space back at exit at once, whereas
/// freeing a registry of 5,000 parsed descriptor trees one node at a time costs about
/// 170 M instructions (2 % of `oam validate` over 5,000 descriptors) just before exiting.
/// Only for data a command holds until it ends anyway: the peak memory does not change.
/// Long-running front ends (`oam serve`) never use it.
enum ProcessLifetime {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var kept: [Any] = []

    /// Keeps `value` alive until the process exits.
    static func keep(_ value: Any) {
        lock.lock()
        defer { lock.unlock() }
        kept.append(value)
    }
}
