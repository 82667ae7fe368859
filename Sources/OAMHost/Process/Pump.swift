#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The parent's ends of a child's three pipes, serviced by `poll`: feeds standard input,
/// drains standard output (up to a limit) and standard error (keeping the tail).
struct Pump {
    private var stdinFD: Int32
    private var stdoutFD: Int32
    private var stderrFD: Int32
    private let input: [UInt8]
    private var written = 0
    private let limits: BoundedProcess.Limits
    private(set) var stdoutBytes: [UInt8] = []
    private(set) var stderrBytes: [UInt8] = []
    /// True once standard output exceeded its limit.
    private(set) var overflowed = false

    init(stdin: Int32, stdout: Int32, stderr: Int32, input: [UInt8], limits: BoundedProcess.Limits) {
        self.stdinFD = stdin
        self.stdoutFD = stdout
        self.stderrFD = stderr
        self.input = input
        self.limits = limits
        for fd in [stdin, stdout, stderr] {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        }
        if input.isEmpty { Self.closeFD(&stdinFD) }
    }

    /// True while the child may still write to standard output or error.
    var isOpen: Bool { stdoutFD >= 0 || stderrFD >= 0 }

    /// Waits up to `timeoutMilliseconds` for any pipe to be ready and services it.
    mutating func step(timeoutMilliseconds: Int32) {
        var fds: [pollfd] = []
        if stdoutFD >= 0 { fds.append(pollfd(fd: stdoutFD, events: Int16(POLLIN), revents: 0)) }
        if stderrFD >= 0 { fds.append(pollfd(fd: stderrFD, events: Int16(POLLIN), revents: 0)) }
        if stdinFD >= 0 { fds.append(pollfd(fd: stdinFD, events: Int16(POLLOUT), revents: 0)) }
        let ready = poll(&fds, nfds_t(fds.count), timeoutMilliseconds)
        guard ready > 0 else { return }
        for entry in fds where entry.revents != 0 {
            if entry.fd == stdoutFD {
                drainStdout()
            } else if entry.fd == stderrFD {
                drainStderr()
            } else if entry.fd == stdinFD {
                feed(entry.revents)
            }
        }
    }

    private mutating func feed(_ events: Int16) {
        if events & Int16(POLLERR | POLLHUP) != 0 {
            Self.closeFD(&stdinFD)
            return
        }
        while written < input.count {
            let count = input.withUnsafeBytes { buffer in
                write(stdinFD, buffer.baseAddress! + written, min(65536, input.count - written))
            }
            if count > 0 {
                written += count
                continue
            }
            if count < 0 && (errno == EAGAIN || errno == EINTR) { return }
            Self.closeFD(&stdinFD)  // EPIPE: the child closed its input; it gets no more.
            return
        }
        Self.closeFD(&stdinFD)
    }

    private mutating func drainStdout() {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(stdoutFD, &buffer, buffer.count)
            if count > 0 {
                let room = limits.stdoutLimit - stdoutBytes.count
                stdoutBytes += buffer[0..<min(count, max(0, room))]
                if count > room {
                    overflowed = true
                    return
                }
            } else if count < 0 && (errno == EAGAIN || errno == EINTR) {
                return
            } else {
                Self.closeFD(&stdoutFD)
                return
            }
        }
    }

    private mutating func drainStderr() {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(stderrFD, &buffer, buffer.count)
            if count > 0 {
                stderrBytes += buffer[0..<count]
                if stderrBytes.count > limits.stderrLimit { stderrBytes.removeFirst(stderrBytes.count - limits.stderrLimit) }
            } else if count < 0 && (errno == EAGAIN || errno == EINTR) {
                return
            } else {
                Self.closeFD(&stderrFD)
                return
            }
        }
    }

    private static func closeFD(_ fd: inout Int32) {
        if fd >= 0 { close(fd) }
        fd = -1
    }

    mutating func closeAll() {
        Self.closeFD(&stdinFD)
        Self.closeFD(&stdoutFD)
        Self.closeFD(&stderrFD)
    }
}
