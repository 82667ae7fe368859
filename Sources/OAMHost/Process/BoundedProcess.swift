import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a child process with a deadline and an output cap, and survives anything it does.
///
/// The child gets its own process group, so a timeout or an overflow kills the adapter
/// and everything it spawned (a shell script's `sleep`); descendants that left the group
/// (`setsid`) are found through `Descendants` and killed too. Standard input is written and
/// standard output and error are read in one `poll` loop, so a child that does not read
/// its input, or fills one pipe while we wait on the other, cannot deadlock the host.
public enum BoundedProcess {
    /// Limits of one run.
    public struct Limits: Sendable {
        /// Seconds from start until the process group is killed.
        public var timeout: Double
        /// Bytes of standard output accepted; one more and the process group is killed.
        public var stdoutLimit: Int
        /// Bytes of standard error kept (the last ones); the rest is read and dropped.
        public var stderrLimit: Int

        public init(timeout: Double = 5, stdoutLimit: Int = 1 << 20, stderrLimit: Int = 16 << 10) {
            self.timeout = timeout
            self.stdoutLimit = stdoutLimit
            self.stderrLimit = stderrLimit
        }
    }

    /// Runs `executable` (a path) with `arguments`, writing `input` to its standard input.
    public static func run(_ executable: String, arguments: [String] = [], input: [UInt8], limits: Limits) -> ProcessOutcome {
        ignoreSIGPIPE
        Descendants.becomeSubreaper
        let start = now()
        var pid: pid_t = 0
        var ends: (stdin: Int32, stdout: Int32, stderr: Int32) = (-1, -1, -1)
        if let failure = startChild(executable, arguments: arguments, since: start, pid: &pid, ends: &ends) { return failure }

        var pump = Pump(stdin: ends.stdin, stdout: ends.stdout, stderr: ends.stderr, input: input, limits: limits)
        let deadline = start + limits.timeout
        var killedFor = exchange(&pump, until: deadline)
        // Both output pipes are closed (or we gave up): wait for the exit until the deadline.
        var status: Int32 = 0
        var reaped = false
        if killedFor == nil {
            reaped = waitForExit(pid, until: deadline, status: &status)
            if !reaped { killedFor = .timedOut }
        }
        killGroup(of: pid, reaped: reaped, status: &status)
        pump.closeAll()
        let seconds = now() - start
        if let killedFor {
            return ProcessOutcome(
                termination: killedFor, stdout: pump.stdoutBytes, stderrTail: pump.stderrBytes, seconds: seconds)
        }
        let signal = status & 0x7f
        let termination: ProcessOutcome.Termination = signal == 0 ? .exited((status >> 8) & 0xff) : .signaled(signal)
        return ProcessOutcome(termination: termination, stdout: pump.stdoutBytes, stderrTail: pump.stderrBytes, seconds: seconds)
    }

    /// Makes the three pipes and spawns the child on their far ends; on success fills `pid`
    /// and the parent's `ends` and returns nil, otherwise the `couldNotStart` outcome (with
    /// every pipe closed).
    private static func startChild(
        _ executable: String, arguments: [String], since start: Double, pid: inout pid_t,
        ends: inout (stdin: Int32, stdout: Int32, stderr: Int32)
    ) -> ProcessOutcome? {
        var stdinPipe: [Int32] = [-1, -1]
        var stdoutPipe: [Int32] = [-1, -1]
        var stderrPipe: [Int32] = [-1, -1]
        var spawnError: Int32 = 0
        // Pipes are made close-on-exec under a lock, so a child spawned concurrently by
        // another thread never inherits them (an inherited write end would hold off EOF).
        spawnLock.lock()
        let piped = pipe(&stdinPipe) == 0 && pipe(&stdoutPipe) == 0 && pipe(&stderrPipe) == 0
        if piped {
            for fd in stdinPipe + stdoutPipe + stderrPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
            spawnError = spawn(
                executable, arguments: arguments, stdin: stdinPipe[0], stdout: stdoutPipe[1], stderr: stderrPipe[1], pid: &pid)
        }
        let pipeError = errno
        spawnLock.unlock()
        guard piped else {
            for fd in stdinPipe + stdoutPipe + stderrPipe where fd >= 0 { close(fd) }
            return ProcessOutcome(
                termination: .couldNotStart("cannot create pipes: \(errorText(pipeError))"), stdout: [], stderrTail: [],
                seconds: 0)
        }
        close(stdinPipe[0])
        close(stdoutPipe[1])
        close(stderrPipe[1])
        if spawnError != 0 {
            close(stdinPipe[1])
            close(stdoutPipe[0])
            close(stderrPipe[0])
            return ProcessOutcome(
                termination: .couldNotStart("\(executable): \(errorText(spawnError))"), stdout: [], stderrTail: [],
                seconds: now() - start)
        }
        ends = (stdinPipe[1], stdoutPipe[0], stderrPipe[0])
        return nil
    }

    /// Writes the input and reads both outputs until the pipes close; returns why the child
    /// must be killed (the deadline passed, or standard output overflowed), or nil.
    private static func exchange(_ pump: inout Pump, until deadline: Double) -> ProcessOutcome.Termination? {
        while pump.isOpen {
            let remaining = deadline - now()
            if remaining <= 0 { return .timedOut }
            pump.step(timeoutMilliseconds: Int32(min(remaining * 1000, 100).rounded(.up)))
            if pump.overflowed { return .outputTooLarge }
        }
        return nil
    }

    /// Polls for the child's exit every 2 ms until the deadline; true once it is reaped
    /// (`status` then holds its wait status) or cannot be waited for.
    private static func waitForExit(_ pid: pid_t, until deadline: Double, status: inout Int32) -> Bool {
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { return true }
            if result < 0 && errno != EINTR { return true }
            if now() >= deadline { return false }
            usleep(2_000)
        }
    }

    /// Kills the whole group: on a timeout or overflow the adapter, otherwise anything it
    /// left running in the background; then what left the group (found while the adapter
    /// still lives, or re-parented to this subreaper once it is gone). Reaps the child when
    /// it was not reaped yet.
    private static func killGroup(of pid: pid_t, reaped: Bool, status: inout Int32) {
        let strays = reaped ? [] : Descendants.of(pid)
        kill(-pid, SIGKILL)
        if !reaped {
            kill(pid, SIGKILL)
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        }
        Descendants.killAll(strays)
    }

    /// Starts the child in a new process group with default signal handling and the
    /// three pipe ends as its standard streams. Returns 0 or an errno value.
    static func spawn(_ executable: String, arguments: [String], stdin: Int32, stdout: Int32, stderr: Int32, pid: inout pid_t)
        -> Int32
    {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        return posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
    }

    /// Seconds on a monotonic clock.
    static func now() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }

    static func errorText(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// Serialises pipe creation and spawning (see `run`).
    static let spawnLock = NSLock()

    /// Writing to a pipe whose reader died must fail with EPIPE, not kill the host.
    static let ignoreSIGPIPE: Void = {
        signal(SIGPIPE, SIG_IGN)
    }()
}
