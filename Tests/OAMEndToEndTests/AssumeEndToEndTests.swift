import Foundation
import OAMTestSupport
import Testing

/// `oam fit --assume` as a user meets it: a bad value is a usage error (exit 64) naming the
/// column; the table, Markdown and JSON name what was assumed and carry the tier `assumed`.
@Suite struct AssumeEndToEndTests {
    static let base = ["fit", "meta-llama/llama-3.1-8b", "--chip", "iluvatar/mr-v100", "--batch", "8"]

    @Test func aBadAssumptionIsAUsageError() throws {
        let result = try OAMProcess.run(Self.base + ["--assume", "bf16=2x:fp61"])
        #expect(result.status == 64, "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "--assume 'bf16=2x:fp61': column 9: 'fp61' is not a precision; did you mean 'fp16' or 'fp6'?"),
            "\(result.stderr)")
        #expect(result.stderr.contains("Usage:"), "\(result.stderr)")
        let json = try OAMProcess.run(Self.base + ["--assume", "bf16", "--format", "json"])
        #expect(json.status == 64)
        let error = try #require(
            (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["error"] as? [String: Any])
        #expect(error["parameter"] as? String == "assume")
    }

    @Test func outputsNameTheAssumptionAndTheTier() throws {
        let assume = ["--assume", "bf16=2x:fp16", "--assume", "bandwidth=1.5 TB/s,tdp=150 W"]
        let table = try OAMProcess.run(Self.base + assume)
        #expect(table.status == 0, "\(table.stderr)")
        // Without --explain the table still names each assumed figure and its value.
        #expect(
            table.stdout.contains(
                "• assumed peak_dense.bf16 of iluvatar/mr-v100 = 192 TFLOPS per module = 2 × peak_dense.fp16 96 TFLOPS (--assume bf16=2x:fp16)"
            ), "\(table.stdout)")
        #expect(table.stdout.contains("• assumed power.tdp of iluvatar/mr-v100 = 150 W per module (--assume tdp=150 W)"))
        let row = try #require(table.stdout.split(separator: "\n").first { $0.hasPrefix("iluvatar/mr-v100 ") })
        #expect(row.hasSuffix(" assumed (press)"), "\(row)")
        #expect(!row.contains("?"), "\(row)")

        let markdown = try OAMProcess.run(Self.base + assume + ["--format", "markdown"])
        #expect(markdown.stdout.contains("| assumed (press) |"), "\(markdown.stdout)")
        #expect(markdown.stdout.contains("- assumed memory.bandwidth of iluvatar/mr-v100 = 1.5 TB/s per module"))

        let json = try OAMProcess.run(Self.base + assume + ["--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let result = try #require((object["results"] as? [[String: Any]])?.first)
        #expect(result["evidence_tier"] as? String == "assumed" && result["stated_evidence_tier"] as? String == "press")
        let figures = try #require(result["assumed_figures"] as? [[String: Any]])
        #expect(figures.map { $0["assume"] as? String } == ["bf16=2x:fp16", "bandwidth=1.5 TB/s", "tdp=150 W"])
        #expect(figures.map { $0["unit"] as? String } == ["FLOP/s", "B/s", "W"])
        #expect(result["power_watts"] as? Double == 150)
    }

    /// Without assumptions the row is '?' and the reasons shown say which figure is missing
    /// and which --assume would fill it.
    @Test func theMissingFigureIsNamedWithItsAssume() throws {
        let table = try OAMProcess.run(Self.base)
        #expect(
            table.stdout.contains(
                "peak_dense.bf16: compute with an assumed value: --assume bf16=NUMBER TFLOPS or --assume bf16=FACTORx:fp16"),
            "\(table.stdout)")
        #expect(
            table.stdout.contains(
                "• power unknown: power.tdp of iluvatar/mr-v100 is unknown (compute with an assumed value: --assume tdp=NUMBER W)"
            ))
    }
}
