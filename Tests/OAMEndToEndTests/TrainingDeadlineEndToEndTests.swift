import Foundation
import OAMTestSupport
import Testing

/// `oam fit --train --days N` says a module meets the deadline only when its duration is
/// known and within it.
@Suite struct TrainingDeadlineEndToEndTests {
    func verdict(_ extra: [String]) throws -> [String: Any] {
        let result = try OAMProcess.run(
            ["fit", "meta-llama/llama-3.1-8b", "--train", "--tokens", "1T", "--format", "json", "--registry", Fixtures.registry]
                + extra)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stderr)")
        return try #require((json["results"] as? [[String: Any]])?.first)
    }

    /// The Ascend 910B's bf16 peak is unknown in the registry (its descriptor's notes say
    /// why): no duration, so no deadline met.
    @Test func unknownSpeedDoesNotMeetADeadline() throws {
        let ascend = try verdict(["--days", "30", "--chip", "huawei/ascend-910b"])
        #expect(ascend["fits"] as? Bool == false)
        #expect(
            (ascend["reasons"] as? [String])?.contains(
                "target 30 days cannot be checked: peak_dense.bf16 of huawei/ascend-910b is unknown")
                == true, "\(ascend["reasons"] ?? "")")
    }

    /// Without `--days` the same run still fits: the memory verdict stands on its own.
    @Test func withoutADeadlineUnknownSpeedStillFits() throws {
        #expect(try verdict(["--chip", "huawei/ascend-910b"])["fits"] as? Bool == true)
    }

    /// `--modules` fixes the count, so the deadline is checked against the estimate:
    /// 6 × 8.03e9 × 1e12 FLOP on 8 MI300X takes months, not one day.
    @Test func exactModuleCountBeyondTheDeadlineDoesNotFit() throws {
        let mi300x = try verdict(["--days", "1", "--modules", "8", "--chip", "amd/mi300x"])
        #expect(mi300x["fits"] as? Bool == false)
        let reasons = (mi300x["reasons"] as? [String]) ?? []
        #expect(reasons.contains { $0.hasSuffix("days on 8 modules > target 1 days") }, "\(reasons)")
    }
}
