import OAMAdapterAPI
import OAMCore
import OAMSolver
import Testing

@Suite struct ZZExplore {
    @Test func explore() {
        let m = SolverFixtures.llama2_70b
        let fp8 = WeightFormat.fp8
        let h100 = SolverFixtures.report("nvidia/h100-sxm", .fp8, .native, source: "x", compute: 0.698, bandwidth: 0.887, allReduce: 478.9e9)
        let h200 = SolverFixtures.report("nvidia/h200-sxm", .fp8, .native, source: "x", compute: 0.69, bandwidth: 0.86)
        let mi = SolverFixtures.report("amd/mi300x", .fp8, .native, source: "x", compute: 0.443, bandwidth: 0.772, allReduce: 316.8e9)
        for cap in [256, 512, 1024, 2048] {
            for input in [300] {
                let w = ServingWorkload(inputTokens: input, outputTokens: 291, maximizeBatch: true, maxBatchPerReplica: cap, weights: fp8, kvPrecision: .fp8)
                for (chip, rep) in [("nvidia/h200-sxm", h200), ("nvidia/h100-sxm", h100), ("amd/mi300x", mi)] {
                    for reports in [[String: CapabilityReport](), [rep.module: rep]] {
                        let v = SolverFixtures.serve(m, on: chip, w, modules: 8, reports: reports, alternatives: 3)
                        let s = v.best?.speed
                        print("cap \(cap) in \(input) \(chip) rep=\(!reports.isEmpty) plan \(v.best?.plan.label ?? "-") seq \(v.best?.memory.sequencesPerReplica ?? 0) out \(Int(s?.outputTokensPerSecond ?? 0)) decode \(Int(s?.decodeTokensPerSecond ?? 0)) tpot \(s?.timePerOutputToken ?? 0) bound \(s?.bottleneck.rawValue ?? "")  alts: \(v.alternatives.map { "\($0.plan.label) \(Int($0.speed?.outputTokensPerSecond ?? 0))" })")
                    }
                }
                let wb = ServingWorkload(inputTokens: input, outputTokens: 291, maximizeBatch: true, maxBatchPerReplica: cap, weights: .nvfp4, kvPrecision: .fp8)
                let v = SolverFixtures.serve(m, on: "nvidia/b200", wb, modules: 1)
                print("cap \(cap) b200 fp4 \(v.best?.plan.label ?? "-") seq \(v.best?.memory.sequencesPerReplica ?? 0) out \(Int(v.best?.speed?.outputTokensPerSecond ?? 0)) \(v.precision.reasons)")
            }
        }
        // NIM Llama-3.3-70B FP8 2xH100 TP2, 5000 in / 500 out: conc 1 ITL 18.6 ms TTFT 407 ms; conc 150: 920.9 tok/s
        let l70 = SolverFixtures.model("meta-llama/llama-3.1-70b")
        for conc in [1, 150] {
            for reports in [[String: CapabilityReport](), ["nvidia/h100-sxm": h100]] {
                let w = ServingWorkload(inputTokens: 5000, outputTokens: 500, batch: conc, weights: fp8, kvPrecision: .fp8)
                let v = SolverFixtures.serve(l70, on: "nvidia/h100-sxm", w, modules: 2, reports: reports)
                let s = v.best?.speed
                print("NIM conc \(conc) rep=\(!reports.isEmpty) \(v.best?.plan.label ?? "-") fits \(v.fits) ttft \(s?.timeToFirstToken ?? 0) tpot \(s?.timePerOutputToken ?? 0) out \(s?.outputTokensPerSecond ?? 0) \(v.reasons.map(\.text).joined(separator: " | "))")
            }
        }
    }
}
