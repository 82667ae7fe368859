import OAMCore

/// Lists the parallel plans that are valid for a model on `devices` devices: tensor
/// parallelism inside the scale-up domain and dividing the head counts (KV heads
/// replicated beyond their count), pipeline stages over layers, DP-attention with expert
/// parallelism for MoE models, replicas for the rest, and shard sizes that keep whole
/// quantization blocks.
public struct PlanEnumerator: Sendable {
    public var architecture: ModelArchitecture
    public var format: WeightFormat
    /// Devices in one scale-up domain.
    public var domainDevices: Int

    public init(architecture: ModelArchitecture, format: WeightFormat, domainDevices: Int) {
        self.architecture = architecture
        self.format = format
        self.domainDevices = domainDevices
    }

    /// Tensor-parallel degrees the attention allows inside the domain.
    public var tensorParallelDegrees: [Int] {
        let at = architecture.attention
        return (1...max(1, min(at.heads, domainDevices))).filter { t in
            guard at.heads % t == 0 else { return false }
            if at.mla != nil { return true }
            guard at.kvHeads > 0 else { return t == 1 }
            return at.kvHeads % t == 0 || t % at.kvHeads == 0
        }
    }

    /// Valid plans on exactly `devices` devices, and why some shapes were refused.
    public func plans(devices n: Int) -> (plans: [ParallelPlan], refusals: [PlanRefusal]) {
        var plans: [ParallelPlan] = []
        var refusals: [PlanRefusal] = []
        let isMoE = architecture.moe != nil
        for t in tensorParallelDegrees where n % t == 0 {
            let attentionRanks = isMoE ? divisors(n / t) : [1]
            for d in attentionRanks {
                let g = t * d
                if d == 1 && g > domainDevices { continue }
                let rest = n / g
                for pp in divisors(rest) where pp <= architecture.layers {
                    let replicas = rest / pp
                    let modes: [Bool] = !isMoE ? [false] : (d > 1 ? [true] : (g > 1 ? [false, true] : [false]))
                    for ep in modes {
                        let plan = ParallelPlan(
                            tensorParallel: t, attentionDataParallel: d, pipelineParallel: pp, replicas: replicas,
                            expertParallel: ep)
                        if let problem = alignmentProblem(plan) {
                            if !refusals.contains(problem) { refusals.append(problem) }
                            continue
                        }
                        plans.append(plan)
                    }
                }
            }
        }
        return (plans, refusals)
    }

    /// Why `plan` splits a weight matrix into shards the engine cannot load, or `nil`.
    public func alignmentProblem(_ plan: ParallelPlan) -> PlanRefusal? {
        let a = architecture
        let g = plan.group
        let t = plan.tensorParallel
        if let mlp = a.mlp, a.denseLayers > 0 {
            if mlp.intermediateSize % g != 0 {
                return PlanRefusal(
                    .unevenSplit,
                    "\(plan.label): dense intermediate \(mlp.intermediateSize) does not split into \(g) equal shards")
            }
            if let problem = blockProblem(
                width: mlp.intermediateSize / g, what: "dense intermediate \(mlp.intermediateSize) / \(g)", plan: plan)
            {
                return problem
            }
        }
        if let moe = a.moe {
            if moe.sharedExperts > 0 {
                let width = moe.expertIntermediateSize * moe.sharedExperts
                if width % g != 0 {
                    return PlanRefusal(
                        .unevenSplit, "\(plan.label): shared-expert intermediate \(width) does not split into \(g) equal shards")
                }
                if let problem = blockProblem(width: width / g, what: "shared-expert intermediate \(width) / \(g)", plan: plan) {
                    return problem
                }
            }
            if !plan.expertParallel && g > 1 {
                if moe.expertIntermediateSize % g != 0 {
                    return PlanRefusal(
                        .unevenSplit,
                        "\(plan.label): expert intermediate \(moe.expertIntermediateSize) does not split into \(g) equal shards (expert parallelism places whole experts instead)"
                    )
                }
                if let problem = blockProblem(
                    width: moe.expertIntermediateSize / g, what: "expert intermediate \(moe.expertIntermediateSize) / \(g)",
                    plan: plan, coversRoutedOnly: true)
                {
                    return PlanRefusal(problem.kind, problem.text + " (expert parallelism places whole experts instead)")
                }
            }
        }
        // Attention output projection input: local heads × value dim.
        let vDim = a.attention.mla?.vHeadDim ?? a.attention.headDim
        if t > 1,
            let problem = blockProblem(
                width: a.attention.heads / t * vDim, what: "attention output width \(a.attention.heads * vDim) / \(t)",
                plan: plan, attention: true)
        {
            return problem
        }
        return nil
    }

    /// A shard of `width` rows/columns that breaks the format's scale blocks.
    private func blockProblem(
        width: Int, what: String, plan: ParallelPlan, coversRoutedOnly: Bool = false, attention: Bool = false
    ) -> PlanRefusal? {
        guard format.isQuantized else { return nil }
        switch format.coverage {
        case .none: return nil
        case .experts: if !coversRoutedOnly { return nil }
        case .blockLinear: break
        }
        let (rows, cols) = format.scales.alignment
        if !attention, let rows, rows > 0, width % rows != 0 {
            return PlanRefusal(
                .scaleBlocks,
                "\(plan.label): \(what) = \(width) is not a multiple of the \(rows)-row \(format.quantized.rawValue) scale block (the engine cannot load this shard)"
            )
        }
        if let cols, cols > 0, width % cols != 0 {
            return PlanRefusal(
                .scaleBlocks,
                "\(plan.label): \(what) = \(width) is not a multiple of the \(cols)-column \(format.quantized.rawValue) scale \(format.scales.alignment.rows == nil ? "group" : "block") (the engine cannot load this shard)"
            )
        }
        return nil
    }

    private func divisors(_ n: Int) -> [Int] {
        guard n > 0 else { return [] }
        var small: [Int] = []
        var large: [Int] = []
        var i = 1
        while i * i <= n {
            if n % i == 0 {
                small.append(i)
                if i != n / i { large.append(n / i) }
            }
            i += 1
        }
        return small + large.reversed()
    }
}
