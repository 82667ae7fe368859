import ArgumentParser
import Foundation
import OAMCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one writer for standard output and standard error: every byte `oam` prints goes
/// through it, so a failed write is never lost.
///
/// - Standard output is buffered (flushed at 64 KiB, before anything goes to standard
///   error, per line on a terminal, and at exit).
/// - A write that fails ends the process: EPIPE on standard output (`oam export | head`)
///   quietly, as the default SIGPIPE disposition would; any other failure (EBADF for a
///   closed stream, ENOSPC for `/dev/full`, EIO) with exit status 2 and a message on
///   whichever of the two streams still works. Never a trap, never exit 0 after a failed
///   write.
/// - Text printed for a terminal has its control characters escaped (`ControlCharacters`),
///   except line breaks and tabs, which are layout.
enum Output {
    /// Writes `text` and `terminator` to standard output.
    static func print(_ text: String, terminator: String = "\n") {
        stdout.append(ControlCharacters.escaped(text + terminator, keeping: layout))
    }

    /// Bytes for standard output as they are (protocol answers, YAML to pipe into a file).
    static func printRaw(_ bytes: [UInt8]) {
        stdout.append(bytes)
    }

    /// Writes `text` and a line break to standard error, after flushing standard output.
    static func error(_ text: String) {
        stdout.flush()
        stderr.append(ControlCharacters.escaped(text + "\n", keeping: layout))
        stderr.flush()
    }

    /// Writes whatever standard output still buffers; called before exiting.
    static func flush() {
        stdout.flush()
        stderr.flush()
    }

    /// Line breaks and tabs lay text out; every other control character is escaped.
    private static let layout: Set<Unicode.Scalar> = ["\n", "\t"]

    private static let stdout = StreamWriter(descriptor: STDOUT_FILENO, name: "standard output", buffered: isatty(1) == 0)
    private static let stderr = StreamWriter(descriptor: STDERR_FILENO, name: "standard error", buffered: false)

    /// Puts `/dev/null`, opened read-only, in place of each of descriptors 0–2 that was
    /// closed when oam started (`oam … 2>&-`). Otherwise the next file, pipe or event
    /// descriptor oam opens takes the lowest free number — the closed stream's — and text
    /// meant for standard error would go into it; read-only, every write fails with EBADF,
    /// which is then reported like any failed write.
    static func holdClosedStreams() {
        for descriptor: Int32 in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 {
            let null = open("/dev/null", O_RDONLY)
            if null >= 0 && null != descriptor {
                dup2(null, descriptor)
                close(null)
            }
        }
    }

    /// Ends the process after a failed write to `failed` with errno `code`.
    fileprivate static func fail(_ failed: StreamWriter, code: Int32) -> Never {
        if failed.descriptor == STDOUT_FILENO && code == EPIPE {
            // The reader is gone: end as the default SIGPIPE disposition would, quietly.
            signal(SIGPIPE, SIG_DFL)
            raise(SIGPIPE)
            _exit(2)
        }
        let other: Int32 = failed.descriptor == STDOUT_FILENO ? STDERR_FILENO : STDOUT_FILENO
        let message = Array("error: cannot write to \(failed.name): \(String(cString: strerror(code)))\n".utf8)
        _ = message.withUnsafeBytes { write(other, $0.baseAddress, $0.count) }
        _exit(2)
    }
}

/// One buffered file descriptor.
final class StreamWriter: @unchecked Sendable {
    let descriptor: Int32
    let name: String
    private let buffered: Bool
    private var buffer: [UInt8] = []
    private let lock = NSLock()
    /// Bytes held before a write.
    private static let capacity = 64 << 10

    init(descriptor: Int32, name: String, buffered: Bool) {
        self.descriptor = descriptor
        self.name = name
        self.buffered = buffered
    }

    func append(_ text: String) { append(Array(text.utf8)) }

    func append(_ bytes: [UInt8]) {
        lock.lock()
        defer { lock.unlock() }
        buffer += bytes
        if !buffered || buffer.count >= Self.capacity { drain() }
    }

    func flush() {
        lock.lock()
        defer { lock.unlock() }
        drain()
    }

    /// Writes the whole buffer, retrying interrupted and partial writes; ends the process
    /// on any other failure (see `Output`).
    private func drain() {
        var written = 0
        while written < buffer.count {
            let count = buffer[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN {
                    var poller = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&poller, 1, 1000)
                    continue
                }
                Output.fail(self, code: errno)
            }
            written += count
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

extension OAMCommand {
    /// The process entry point: parses the command line, runs the command and exits with
    /// its status. Like `ParsableCommand.main()`, but every message — help, usage errors,
    /// findings — goes through `Output`, so a closed or full stream is an error, not a trap.
    public static func runAndExit() -> Never {
        Output.holdClosedStreams()
        let code: Int32
        do {
            var command = try parseAsRoot()
            try command.run()
            code = 0
        } catch {
            let status = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                if status == .success { Output.print(message) } else { Output.error(message) }
            }
            code = status.rawValue
        }
        Output.flush()
        Foundation.exit(code)
    }
}
