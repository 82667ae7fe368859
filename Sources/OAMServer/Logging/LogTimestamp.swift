import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The local time of a log line, `2026-12-03T17:17:34+0000` (swift-log's `StreamLogHandler`
/// format), made once per second: a server writing thousands of lines a second would
/// otherwise convert and format the same second on every line (`localtime_r` and `strftime`
/// were about a twentieth of a catalog request's instructions, callgrind).
final class LogTimestamp: Sendable {
    /// The second (since the epoch) the cached text is of, and the text.
    private let cached = Mutex<(second: Int, text: String)>((Int.min, ""))

    /// The process's one cache: the text depends only on the second and the time zone.
    static let shared = LogTimestamp()

    /// The text for now.
    func now() -> String { text(second: Int(time(nil))) }

    /// The text for `second` (since the epoch), formatted only when it is not the cached one.
    func text(second: Int) -> String {
        if let hit = cached.withLock({ $0.second == second ? $0.text : nil }) { return hit }
        let text = Self.format(second)
        cached.withLock { $0 = (second, text) }
        return text
    }

    /// `second` as local time in `%Y-%m-%dT%H:%M:%S%z`; `<unknown>` when the C library cannot
    /// convert it (what `StreamLogHandler` writes then).
    static func format(_ second: Int) -> String {
        var epoch = time_t(second)
        var local = tm()
        guard localtime_r(&epoch, &local) != nil else { return "<unknown>" }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buffer in
            let count = strftime(buffer.baseAddress!, buffer.count, "%Y-%m-%dT%H:%M:%S%z", &local)
            return String(decoding: UnsafeRawBufferPointer(start: buffer.baseAddress, count: count), as: UTF8.self)
        }
    }
}
