import Foundation
import OAMTestSupport
import Testing

/// Replays the minimised libFuzzer corpus (`Tests/Fixtures/fuzz-corpus`, from
/// `Scripts/fuzz.sh` and `-merge=1`) through the fuzz target's own stages — reader, schema
/// walker, decoders, every rule, quantity parser — with the plain-built `oam-fuzz`
/// replayer: every input must come back normally, and quickly.
@Suite struct FuzzCorpusReplayTests {
    @Test func everyCorpusInputReplaysCleanly() throws {
        let folder = Fixtures.path("fuzz-corpus")
        let inputs = try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map { folder + "/" + $0 }
        #expect(inputs.count > 100, "the corpus has \(inputs.count) inputs")
        let replayer = OAMProcess.executable.deletingLastPathComponent().appendingPathComponent("oam-fuzz").path
        try #require(FileManager.default.isExecutableFile(atPath: replayer), "build oam-fuzz (swift build) to replay")
        // In batches, to keep each command line short.
        var replayed = 0
        for start in stride(from: 0, to: inputs.count, by: 200) {
            let batch = Array(inputs[start..<min(start + 200, inputs.count)])
            let result = try OAMProcess.execute(replayer, batch)
            #expect(result.status == 0, "\(result.stderr.suffix(500))")
            replayed += result.stdout.split(separator: "\n").filter { $0.hasPrefix("ok ") }.count
        }
        #expect(replayed == inputs.count)
    }
}
