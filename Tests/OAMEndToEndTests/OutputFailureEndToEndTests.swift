import Foundation
import OAMTestSupport
import Testing

/// A write that fails is an error, never a trap and never exit 0: a closed stream (EBADF)
/// or a full disk (ENOSPC) ends the run with status 2 and a message on the other stream;
/// a reader that went away (EPIPE, `oam export | head`) ends it quietly with a nonzero
/// status.
@Suite struct OutputFailureEndToEndTests {
    /// Runs `oam ARGS` through bash with `redirections` applied, e.g. `2>&-` or `>/dev/full`.
    func shell(_ arguments: [String], _ redirections: String) throws -> OAMProcess.Result {
        let quoted = arguments.map { "'\($0)'" }.joined(separator: " ")
        return try OAMProcess.execute("/bin/bash", ["-c", "\"$0\" \(quoted) \(redirections)", OAMProcess.executable.path])
    }

    @Test func closedStandardErrorIsReportedOnStandardOutput() throws {
        let result = try shell(["show", "nope", "--registry", Fixtures.registry], "2>&-")
        #expect(result.status == 2)
        #expect(result.stdout == "error: cannot write to standard error: Bad file descriptor\n", "\(result.stdout)")
    }

    @Test func closedStandardOutputIsReportedOnStandardError() throws {
        let result = try shell(["list", "--registry", Fixtures.registry], ">&-")
        #expect(result.status == 2)
        #expect(result.stderr == "error: cannot write to standard output: Bad file descriptor\n", "\(result.stderr)")
    }

    @Test(arguments: [["export"], ["list"], ["catalog"], ["validate"], ["rules", "--markdown"]])
    func fullDiskIsAnError(command: [String]) throws {
        let result = try shell(command + (command[0] == "rules" ? [] : ["--registry", Fixtures.registry]), ">/dev/full")
        #expect(result.status == 2, "\(command): \(result.status) \(result.stderr)")
        #expect(result.stderr.hasSuffix("error: cannot write to standard output: No space left on device\n"), "\(result.stderr)")
    }

    @Test func closedPipeEndsQuietlyWithANonzeroStatus() throws {
        let result = try shell(
            ["export", "--registry", Fixtures.registry], "| head -c 10 >/dev/null; exit ${PIPESTATUS[0]}")
        #expect(result.status != 0)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }

    /// Usage errors and help go through the same writer: a usage error that cannot be
    /// written is a failed write (exit 2), not a usage error nobody saw.
    @Test func usageErrorsAndHelpSurviveClosedStreams() throws {
        let usage = try shell(["fit", "--no-such-flag"], "2>&-")
        #expect(usage.status == 2)
        #expect(usage.stdout.hasPrefix("error: cannot write to standard error"), "\(usage.stdout)")
        let help = try shell(["--help"], ">/dev/full")
        #expect(help.status == 2)
    }
}
