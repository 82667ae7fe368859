import Foundation
import OAMHost
import Testing

/// The process runner on its own: exit codes, signals, input echo, stderr tails.
@Suite struct BoundedProcessTests {
    let limits = BoundedProcess.Limits(timeout: 2, stdoutLimit: 1 << 20)

    @Test func echoesInputAndReportsExitStatus() {
        let outcome = BoundedProcess.run(
            "/bin/sh", arguments: ["-c", "cat; echo err >&2; exit 4"], input: Array("hello".utf8), limits: limits)
        #expect(outcome.termination == .exited(4))
        #expect(String(decoding: outcome.stdout, as: UTF8.self) == "hello")
        #expect(String(decoding: outcome.stderrTail, as: UTF8.self) == "err\n")
    }

    @Test func reportsDeathBySignal() {
        let outcome = BoundedProcess.run("/bin/sh", arguments: ["-c", "kill -SEGV $$"], input: [], limits: limits)
        #expect(outcome.termination == .signaled(11))
    }

    @Test func keepsOnlyTheTailOfStandardError() {
        let outcome = BoundedProcess.run(
            "/bin/sh", arguments: ["-c", "head -c 200000 /dev/zero | tr '\\000' 'e' >&2; echo end >&2"], input: [],
            limits: .init(timeout: 2, stdoutLimit: 1024, stderrLimit: 100))
        #expect(outcome.termination == .exited(0))
        #expect(outcome.stderrTail.count == 100)
        #expect(String(decoding: outcome.stderrTail.suffix(4), as: UTF8.self) == "end\n")
    }

    @Test func backgroundChildrenDoNotHoldTheRunOpen() {
        // The adapter exits at once but leaves a child holding stdout: the host stops at
        // the deadline and kills the group rather than waiting for EOF forever.
        let outcome = BoundedProcess.run(
            "/bin/sh", arguments: ["-c", "sleep 1000 & echo started"], input: [], limits: .init(timeout: 1))
        #expect(outcome.seconds < 2.5)
        #expect(String(decoding: outcome.stdout, as: UTF8.self).hasPrefix("started"))
    }

    /// The cleanup after a run kills only what left the adapter's session: a child the host
    /// started itself through Foundation's `Process` (in its own process group, in the
    /// host's session, as git is) keeps running.
    @Test func cleanupSparesTheHostsOwnChildren() throws {
        let own = Process()
        own.executableURL = URL(fileURLWithPath: "/bin/sleep")
        own.arguments = ["30"]
        try own.run()
        defer { own.terminate() }
        let outcome = BoundedProcess.run(
            "/bin/sh", arguments: ["-c", "setsid sleep 1000 </dev/null >/dev/null 2>&1 & echo done"], input: [],
            limits: .init(timeout: 2))
        #expect(outcome.termination == .exited(0))
        #expect(own.isRunning)
    }
}
