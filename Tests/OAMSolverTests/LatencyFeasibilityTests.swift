import Foundation
import OAMCore
import Testing

@testable import OAMSolver

/// The latency bound that prunes the plan search (`LatencyFeasibility`): it never exceeds
/// what a deeper or replicated plan of the same shape really takes, and with a limit no plan
/// meets the search answers at once instead of walking every count to `--max-modules`.
@Suite struct LatencyFeasibilityTests {
    typealias F = SolverFixtures

    /// Llama-2-70B FP8 on H200 with the built-in adapter: for every tensor-parallel shape, the
    /// one-stage bound is ≤ the chunked TPOT at one sequence and the idle TTFT of the same
    /// shape on 2 and 4 pipeline stages and 2 replicas (what `LatencyBoundedLoad` checks first).
    @Test func boundIsBelowEveryDeeperPlan() throws {
        let chip = ChipProfileBuilder.build(
            F.chip("nvidia/h200-sxm"), report: F.builtInReports(["nvidia/h200-sxm"])["nvidia/h200-sxm"],
            defaults: .standard)
        let precision = PrecisionResolver.resolve(requested: .fp8, kv: .fp8, chip: chip, strict: false)
        let profile = ModelProfile(model: F.llama2_70b.architecture, format: precision.format)
        let attention = AttentionCost(F.llama2_70b.architecture, kvPrecision: precision.kv)
        let roofline = ServingRoofline(profile: profile, attention: attention, precision: precision, chip: chip)
        var workload = ServingWorkload(inputTokens: 300, outputTokens: 291, maximizeBatch: true)
        workload.minTokensPerSecondPerUser = 1 / 0.04
        let feasibility = LatencyFeasibility(roofline: roofline, targets: workload.latencyTargets, workload: workload)
        for t in [1, 2, 4, 8] {
            let bound = try #require(
                feasibility.bound(.init(tensorParallel: t, attentionDataParallel: 1, expertParallel: false)))
            for (stages, replicas) in [(1, 1), (2, 1), (4, 1), (2, 2)] {
                let plan = ParallelPlan(tensorParallel: t, pipelineParallel: stages, replicas: replicas)
                let s = try #require(
                    roofline.estimate(plan, shares: DeviceShares(profile, plan), sequences: 1, workload: workload))
                let chunkedTPOT = Double(replicas) / s.outputTokensPerSecond
                #expect(bound.tpot <= chunkedTPOT * (1 + 1e-12), "TP\(t) PP\(stages) ×\(replicas)")
                #expect(bound.ttft <= s.timeToFirstToken * (1 + 1e-12), "TP\(t) PP\(stages) ×\(replicas)")
            }
        }
    }

    /// 1,000 tok/s per user (1 ms per token) for Llama-3.1-70B on H100 SXM: no plan meets it.
    /// Before the bound the search evaluated every count up to 128 modules (~120 s in a debug
    /// build); now the counts after the first that holds the workload are ruled out unevaluated.
    /// The verdict is the same: the smallest count that holds the workload, with the miss.
    @Test func unattainableLimitAnswersQuickly() throws {
        var workload = ServingWorkload(batch: 32)
        workload.minTokensPerSecondPerUser = 1000
        let started = Date()
        let v = F.fit(F.model("meta-llama/llama-3.1-70b"), on: "nvidia/h100-sxm", workload)
        let seconds = Date().timeIntervalSince(started)
        #expect(!v.fits)
        #expect(v.front.isEmpty)
        #expect(v.modules == 3)
        #expect(v.reasons.contains { $0.kind == .target })
        #expect(seconds < 10, "took \(seconds) s")
    }

    /// A limit that a larger count meets is still found past the counts the bound skips: 40 ms
    /// per token for Llama-3.1-70B at batch 32 on H100 SXM, as without the bound.
    @Test func attainableLimitIsStillFound() throws {
        var workload = ServingWorkload(batch: 32)
        workload.minTokensPerSecondPerUser = 25
        let v = F.fit(F.model("meta-llama/llama-3.1-70b"), on: "nvidia/h100-sxm", workload)
        #expect(v.fits)
        let speed = try #require(v.best?.speed)
        #expect(speed.timePerOutputToken <= 0.04 + 1e-12)
    }
}
