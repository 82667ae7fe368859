import Foundation
import OAMTestSupport
import Testing

/// `oam fit --scenario` / `--max-tpot`: the latency-bounded search as users see it.
@Suite struct ScenarioEndToEndTests {
    static let base = ["fit", "llama-3.1-8b", "--chip", "h100-sxm", "--modules", "1"]

    /// `--max-tpot` is `1 / --min-tokens-per-second-per-user`: both is a usage error naming both.
    @Test func maxTPOTAndMinRateConflict() throws {
        let r = try OAMProcess.run(Self.base + ["--max-tpot", "40ms", "--min-tokens-per-second-per-user", "25"])
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.contains("--max-tpot") && r.stderr.contains("--min-tokens-per-second-per-user"), "\(r.stderr)")
    }

    @Test func unknownScenarioIsAUsageError() throws {
        let r = try OAMProcess.run(Self.base + ["--scenario", "batch"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--scenario must be offline, server, interactive"), "\(r.stderr)")
    }

    /// The interactive preset for Llama-3.1-8B is MLPerf's 500 ms / 30 ms; the JSON carries the
    /// chosen operating point and which limit binds, and the point meets both limits.
    @Test func interactivePresetReportsTheOperatingPoint() throws {
        let r = try OAMProcess.run(Self.base + ["--scenario", "interactive", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let workload = try #require(json["workload"] as? [String: Any])
        #expect(workload["max_time_to_first_token_seconds"] as? Double == 0.5)
        #expect(abs((workload["max_time_per_output_token_seconds"] as? Double ?? 0) - 0.03) < 1e-12)
        let result = try #require((json["results"] as? [[String: Any]])?.first)
        let bound = try #require(result["latency_bound"] as? [String: Any])
        #expect((bound["p99_time_to_first_token_seconds"] as? Double ?? 1) <= 0.5 + 1e-9)
        #expect((bound["time_per_output_token_seconds"] as? Double ?? 1) <= 0.03 + 1e-12)
        #expect(["ttft", "tpot", "concurrency"].contains(bound["binds"] as? String ?? ""))
        #expect((bound["concurrency_per_replica"] as? Int ?? 0) >= 1)
    }
}
