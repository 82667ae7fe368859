import OAMCore

extension ServingVerdictBuilder {
    /// The MoE terms of the chosen plan's decode step (`ExpertLoad`): rows per expert GEMM and
    /// the size efficiency of one expert's largest GEMM, and under expert parallelism the
    /// busiest device's share of the routed work and all-to-all bytes. Empty for a dense model.
    func expertLines(_ s: ServingEstimate, plan: ParallelPlan) -> [String] {
        let tokens = ServingRoofline.decodeTokensPerPass(sequences: s.sequencesPerReplica, stages: plan.pipelineParallel)
        guard let moe = profile.architecture.moe,
            let load = ExpertLoad(profile, plan: plan, shares: DeviceShares(profile, plan), tokens: tokens)
        else { return [] }
        guard let rates = roofline.rates,
            let largest = profile.inventory.moeLayer.filter({ $0.role == .routedExperts }).max(by: {
                $0.averageElements < $1.averageElements
            })
        else { return [] }
        let gemm = load.gemmFLOPs(elements: largest.averageElements)
        let efficiency = roofline.factors.gemmEfficiency(flops: gemm, rate: rates.gemmRate(for: largest, in: profile.format))
        var lines = [
            "routed experts (decode, \(Units.count(tokens)) tokens per pass): \(Units.count(tokens)) × \(moe.expertsPerToken) ÷ \(String(format: "%.2f", load.touched)) touched experts = \(String(format: "%.1f", load.tokensPerExpert)) rows per expert GEMM; one expert's largest GEMM \(Units.flopCount(gemm)) runs at \(String(format: "%.2f", efficiency)) of the large-GEMM rate (at its size in time on this chip's ceiling; a grouped GEMM runs at one expert's GEMM size [\(ExpertLoad.groupedGEMMSource)])"
        ]
        if plan.expertParallel, plan.group > 1 {
            lines.append(
                "expert parallelism over \(plan.group): the busiest device carries ×\(String(format: "%.3f", load.deviceImbalance)) the mean routed work and all-to-all bytes (a balanced router's fullest bin, m/g + √(2·(m/g)·ln g) for m = \(Units.count(tokens * Double(moe.expertsPerToken))) token-expert pairs [\(ExpertLoad.imbalanceSource)]; trained routers skew more)"
            )
        } else {
            lines.append("experts sliced over the FFN group: every device runs every expert's slice, no device waits for another")
        }
        return lines
    }
}
