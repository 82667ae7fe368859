import Foundation
import OAMTestSupport
import Testing

/// An out-of-tree adapter's descendants die with it, even one that left the adapter's
/// process group and session with `setsid`: oam is a child subreaper and kills what is
/// re-parented to it.
@Suite struct AdapterContainmentEndToEndTests {
    /// An adapter that starts `sleep 1000` in a new session, waits until its pid is in
    /// `marker`, then either hangs (oam times it out) or exits at once (oam reaps it while
    /// the grandchild lives on).
    func adapterFolder(marker: String, hangs: Bool) throws -> TemporaryRegistry {
        let folder = try TemporaryRegistry()
        let script = """
            #!/bin/sh
            setsid sh -c 'echo $$ > "$0"; exec sleep 1000' '\(marker)' </dev/null >/dev/null 2>&1 &
            while [ ! -s '\(marker)' ]; do sleep 0.01; done
            \(hangs ? "sleep 1000" : "echo not-json")
            """
        try folder.write("oam-adapter-sessionleaver", contents: script + "\n")
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o755], ofItemAtPath: folder.path + "/oam-adapter-sessionleaver")
        return folder
    }

    /// Whether `pid` is still a process (a zombie counts as gone: it no longer runs).
    func isRunning(_ pid: pid_t) -> Bool {
        guard kill(pid, 0) == 0 else { return false }
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        guard let close = stat.lastIndex(of: ")") else { return false }
        return !stat[stat.index(after: close)...].hasPrefix(" Z")
    }

    func grandchildSurvives(hangs: Bool) throws -> Bool {
        let marker = FileManager.default.temporaryDirectory.appendingPathComponent("oam-setsid-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: marker) }
        let folder = try adapterFolder(marker: marker, hangs: hangs)
        let result = try OAMProcess.run([
            "adapters", "--adapter-path", folder.path, "--adapter-timeout", "1", "--registry", Fixtures.registry,
        ])
        #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
        // A grandchild left alive holds oam's inherited descriptors open until it ends.
        #expect(result.seconds < 30, "oam took \(result.seconds) s")
        #expect(result.stdout.contains("sessionleaver"))
        let pid = try #require(
            pid_t((try String(contentsOfFile: marker, encoding: .utf8)).trimmingCharacters(in: .whitespacesAndNewlines)))
        // Give a late kill a moment, then look.
        for _ in 0..<50 where isRunning(pid) { usleep(20_000) }
        let running = isRunning(pid)
        if running { kill(pid, SIGKILL) }
        return running
    }

    @Test func setsidGrandchildOfATimedOutAdapterIsKilled() throws {
        #expect(try !grandchildSurvives(hangs: true))
    }

    @Test func setsidGrandchildOfAnAdapterThatExitedIsKilled() throws {
        #expect(try !grandchildSurvives(hangs: false))
    }
}
