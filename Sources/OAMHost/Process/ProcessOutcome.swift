/// How a bounded child process ended and what it wrote.
public struct ProcessOutcome: Sendable {
    public enum Termination: Sendable, Hashable {
        /// Exited by itself with this status.
        case exited(Int32)
        /// Killed by this signal, not by the host.
        case signaled(Int32)
        /// Still running at the deadline; the host killed its process group.
        case timedOut
        /// Wrote more than the output limit to standard output; the host killed it.
        case outputTooLarge
        /// Could not be started (no such file, not executable).
        case couldNotStart(String)
    }

    public var termination: Termination
    /// Standard output, at most the limit.
    public var stdout: [UInt8]
    /// The last bytes of standard error (at most the stderr limit).
    public var stderrTail: [UInt8]
    /// Wall time from start to end, in seconds.
    public var seconds: Double

    public init(termination: Termination, stdout: [UInt8], stderrTail: [UInt8], seconds: Double) {
        self.termination = termination
        self.stdout = stdout
        self.stderrTail = stderrTail
        self.seconds = seconds
    }
}
