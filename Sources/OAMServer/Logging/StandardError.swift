import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whole lines to file descriptor 2, one line at a time, so that the lines of concurrent
/// requests never interleave. Unbuffered, as C's `stderr` is: a line is out before the call
/// returns, so none is lost when the process stops.
enum StandardError {
    private static let lock = Mutex(())

    /// Writes `line` (with its own newline), retrying partial and interrupted writes. A log
    /// line that cannot be written is dropped: standard error is where such a failure would be
    /// reported.
    static func put(_ line: String) {
        var line = line
        line.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            lock.withLock { _ in
                var offset = 0
                while offset < bytes.count {
                    let written = write(2, base + offset, bytes.count - offset)
                    if written < 0, errno == EINTR { continue }
                    guard written > 0 else { return }
                    offset += written
                }
            }
        }
    }
}
