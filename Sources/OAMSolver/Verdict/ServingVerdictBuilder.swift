import OAMCore

/// Turns a plan search into a verdict with reasons in numbers and the explanation.
struct ServingVerdictBuilder {
    var model: ModelDescriptor
    var workload: ServingWorkload
    var chip: ChipProfile
    var precision: PrecisionPlan
    var profile: ModelProfile
    var attention: AttentionCost
    /// The time model of this chip, precision and model, for the explanation's rates and the
    /// figures a missing speed verdict names.
    var roofline: ServingRoofline
    var usable: Double
    var memoryUtilization: Double
    var alternatives: Int
    var explain: Bool
    var defaults: SolverDefaults
    var objective: PlanObjective

    func build(_ searched: ServingSearch.Outcome, exactModules: Int?, maxModules: Int) -> ChipVerdict {
        // The objective's entry of the front answers: its count, its plans, its refusals.
        var outcome = searched
        let front = ParetoFront.front(searched.front)
        let chosen = ParetoFront.choose(objective, in: front)
        if let chosen {
            outcome.devices = chosen.modules * chip.devicesPerModule
            outcome.evaluations = chosen.evaluations
            outcome.refusals = chosen.refusals
        }
        var ledger = EvidenceLedger()
        ledger.use(chip.capacity)
        ledger.use(chip.exposed)
        ledger.use(chip.engineOverhead)
        ledger.use(tier: model.evidence.tier(of: "architecture.hidden_size"))
        var reasons = precision.reasons.map { Reason(.precision, $0) } + memoryReasons(outcome)
        var steps = [weightStep(), usableStep(outcome), kvStep()]

        guard let devices = outcome.devices, let best = outcome.evaluations.first else {
            reasons += noPlanReasons(outcome, exactModules: exactModules, maxModules: maxModules)
            reasons += refusalReasons(outcome)
            return verdict(fits: false, modules: nil, best: nil, reasons: reasons, ledger: ledger, steps: steps)
        }

        let modules = devices / chip.devicesPerModule
        ledger.use(chip.link.bandwidth)
        if let chosen { reasons += frontReasons(front, chosen: chosen) }
        reasons += planReasons(best, modules: modules)
        reasons += refusalReasons(outcome)
        steps.append(planStep(best, devices: devices))
        if let speed = best.speed {
            useSpeedFigures(best.plan, in: &ledger)
            reasons.append(Reason(.speed, speedText(speed)))
            reasons += loadReasons(speed, plan: best.plan)
            let experts = expertLines(speed, plan: best.plan)
            reasons += experts.map { Reason(.speed, $0) }
            reasons.append(Reason(.speed, servingFactorsText()))
            steps.append(speedStep(speed, plan: best.plan, expertLines: experts))
        } else {
            reasons.append(Reason(.speed, noSpeedText()))
        }
        for miss in best.targetMisses {
            reasons.append(
                Reason(
                    .target, best.speed == nil ? miss : "target missed on up to \(exactModules ?? maxModules) modules: " + miss))
        }
        let fits = outcome.satisfied && best.meetsTargets
        var v = verdict(fits: fits, modules: modules, best: best, reasons: reasons, ledger: ledger, steps: steps)
        v.alternatives = Array(outcome.evaluations.dropFirst().prefix(alternatives))
        v.front = front
        return v
    }

    private func verdict(
        fits: Bool, modules: Int?, best: PlanEvaluation?, reasons: [Reason], ledger: EvidenceLedger, steps: [ExplainStep]
    ) -> ChipVerdict {
        var ledger = ledger
        var reasons = reasons
        if modules != nil { ledger.use(chip.tdp) }
        if !ledger.defaults.isEmpty {
            reasons.append(
                Reason(.assumption, "defaults used (no adapter report for these): " + ledger.defaults.joined(separator: ", ")))
        }
        let power = modules.flatMap { count in chip.tdp.map { Double(count) * $0.value } }
        return ChipVerdict(
            chip: chip.id, chipName: chip.name, fits: fits, modules: modules, devicesPerModule: chip.devicesPerModule,
            best: best, alternatives: [], precision: precision, training: nil, reasons: reasons,
            evidenceTier: ledger.weakest, assumptions: ledger.assumptions,
            unknownFigures: chip.unknownPaths.sorted(), explanation: explain ? steps : [], power: power,
            statedTier: ledger.weakestStated, assumedFigures: ledger.assumedFigures(chip))
    }

    func closestText(_ closest: PlanEvaluation?) -> String {
        guard let c = closest else { return "" }
        let dies = Double(chip.devicesPerModule)
        return
            "; closest \(c.plan.label) needs \(Units.bytes(c.memory.total * dies)) per module (weights \(Units.bytes(c.memory.weights * dies))) > usable \(Units.bytes(c.memory.usable * dies))"
    }

    func planText(_ plan: ParallelPlan, modules: Int) -> String {
        var parts: [String] = ["\(modules) module\(modules == 1 ? "" : "s") as \(plan.label)"]
        if plan.tensorParallel > 1 {
            parts.append(
                "tensor parallel \(plan.tensorParallel) within the \(chip.domainDevices / chip.devicesPerModule)-module scale-up domain"
            )
        }
        if plan.attentionDataParallel > 1 {
            parts.append("attention data-parallel over \(plan.attentionDataParallel) rank groups")
        }
        if plan.expertParallel {
            parts.append(
                "experts placed whole on \(plan.group) ranks (\(Units.count(DeviceShares(profile, plan).expertsPerDevice)) per rank per layer)"
            )
        }
        if plan.pipelineParallel > 1 {
            parts.append(
                "\(plan.pipelineParallel) pipeline stages of ~\(profile.architecture.layers / plan.pipelineParallel) layers")
        }
        if plan.replicas > 1 { parts.append("\(plan.replicas) replicas") }
        return parts.joined(separator: "; ")
    }

    func kvSplitNote(_ plan: ParallelPlan) -> String? {
        let at = profile.architecture.attention
        if at.mla != nil, plan.tensorParallel > 1 {
            return
                "MLA latent cache is not split by tensor parallelism: each of the \(plan.tensorParallel) TP ranks keeps the full \(Units.bytes(attention.bytesPerToken)) per token"
        }
        if at.mla == nil, plan.tensorParallel > at.kvHeads {
            return
                "TP\(plan.tensorParallel) > \(at.kvHeads) KV heads: each KV head replicated ×\(plan.tensorParallel / at.kvHeads), one head per module"
        }
        return nil
    }

    private func speedText(_ s: ServingEstimate) -> String {
        let d = s.decodeStep
        let stages = s.pipelineStages > 1 ? "\(s.pipelineStages) stages × " : ""
        return
            "\(s.load == nil ? "TPOT" : "p99 TPOT") \(Units.seconds(s.timePerOutputToken)) \(s.load == nil ? "=" : "(latency bound below) from") \(stages)decode step \(Units.seconds(d.total)) at \(s.sequencesPerReplica) seq/replica (weights \(Units.seconds(d.weightReads)), activations \(Units.seconds(d.activationTraffic)), compute \(Units.seconds(d.linearCompute + d.attentionCompute)), KV \(Units.seconds(d.kvReads)), non-GEMM \(Units.seconds(d.nonGEMM)), comm \(Units.seconds(d.communication))) → \(Units.rate(s.tokensPerSecondPerUser, "tok/s")) per user, \(Units.rate(s.outputTokensPerSecond, "tok/s")) aggregate; TTFT \(Units.seconds(s.timeToFirstToken)); bound: \(s.bottleneck.words); MFU \(Units.percent(s.modelComputeEfficiency))"
    }

    /// The latency-bounded operating point and what its p99 TPOT is made of, when the query
    /// set limits. The decode and mean TPOT follow from the estimate at that concurrency: the
    /// decode rate is replicas × b ÷ decode TPOT, and a slot is held for output tokens × mean
    /// TPOT at the reported utilisation.
    private func loadReasons(_ s: ServingEstimate, plan: ParallelPlan) -> [Reason] {
        guard let l = s.load, l.concurrency > 0, l.requestsPerSecond > 0, s.decodeTokensPerSecond > 0 else { return [] }
        let inFlight = Double(max(1, plan.replicas)) * Double(l.concurrency)
        let decode = inFlight / s.decodeTokensPerSecond
        let mean = l.utilisation * inFlight / (l.requestsPerSecond * Double(max(1, workload.outputTokens)))
        let passes = LatencyBoundedLoad.interleavedPrompts(sequences: l.concurrency)
        let share = max(0, mean - decode) / Double(l.concurrency)
        let binds: String
        switch l.binding {
        case .timePerOutputToken: binds = "TPOT (more sequences would break it)"
        case .timeToFirstToken: binds = "TTFT (more load would queue past it)"
        case .concurrency: binds = "the concurrency cap (KV room, --max-sequences or --batch)"
        }
        return [
            Reason(
                .speed,
                "latency bound: \(l.concurrency) seq/replica, \(String(format: "%.2f", l.requestsPerSecond)) req/s at \(Units.percent(l.utilisation)) of the slots; p99 TPOT \(Units.seconds(l.timePerOutputToken)) = decode \(Units.seconds(decode)) + \(passes) prompt passes (p99 of Poisson(\(l.concurrency - 1)), the other slots' prompts) × \(Units.seconds(share)) per output token (mean TPOT \(Units.seconds(mean))); p99 TTFT \(Units.seconds(l.timeToFirstToken)) = idle prompt pass + p99 wait for a slot; binds: \(binds)"
            )
        ]
    }

    /// The serving model's factors on top of the chip's ceilings, in one line.
    private func servingFactorsText() -> String {
        let q = precision.quantizedCompute
        let b = precision.baselineCompute
        var ceilings =
            "GEMM ceiling \(Units.percent(chip.gemmFraction(b).value)) of the \(b.rawValue) peak [\(chip.gemmFraction(b).originText)]"
        if q != b {
            ceilings +=
                ", \(Units.percent(chip.gemmFraction(q).value)) of the \(q.rawValue) peak [\(chip.gemmFraction(q).originText)]"
        }
        ceilings += ", streaming reads \(Units.percent(chip.bandwidthFraction.value)) [\(chip.bandwidthFraction.originText)]"
        return
            "serving model: \(ceilings) are microbenchmark ceilings; each operator runs below them by size (Calculon H100 curves), memory and compute \(defaults.operatorOverlap.value == 0 ? "not overlapped" : "\(Units.percent(defaults.operatorOverlap.value)) overlapped"), attention kernels at \(Units.percent(defaults.attentionEfficiency.value)) of the GEMM ceiling, non-GEMM kernels \(Units.percent(defaults.nonGEMMShare.value)) of step time"
    }

    // MARK: explanation

    private func weightStep() -> ExplainStep {
        let p = profile
        var lines = [
            "format: \(p.format.summary)",
            "parameters: \(NumberText.grouped(Double(p.parameters))) (\(NumberText.grouped(Double(p.activeParameters))) active per token)",
        ]
        let roles: [(WeightRole, String)] = [
            (.attentionHeads, "attention q/o"), (.attentionKV, "attention k/v"), (.attentionReplicated, "MLA down-projections"),
            (.denseMLP, "dense MLP"), (.sharedExperts, "shared experts"), (.routedExperts, "routed experts"),
            (.replicated, "routers, norms, biases"),
        ]
        for (role, name) in roles {
            let bytes = p.denseLayer[role] * Double(p.inventory.denseLayers) + p.moeLayer[role] * Double(p.inventory.moeLayers)
            if bytes > 0 { lines.append("\(name): \(Units.bytes(bytes))") }
        }
        lines.append(
            "embedding: \(Units.bytes(p.globals[.embedding]))"
                + (p.globals[.lmHead] > 0 ? ", lm_head: \(Units.bytes(p.globals[.lmHead]))" : " (lm_head tied)"))
        lines.append("total weights = \(Units.bytes(p.totalBytes)) (\(NumberText.grouped(p.totalBytes)) B)")
        return ExplainStep("Weights (\(p.format.name))", lines)
    }

    private func usableStep(_ outcome: ServingSearch.Outcome) -> ExplainStep {
        let exposed = chip.exposed!
        let exposedText =
            exposed.isDefault
            ? "capacity \(Units.bytes(chip.capacity!.value)) − driver reserve \(Units.bytes(defaults.driverReserve.value)) [default]"
            : "\(Units.bytes(exposed.value)) [\(exposed.originText)]"
        return ExplainStep(
            "Usable memory per device",
            [
                "usable = exposed × memory utilisation − engine overhead",
                "exposed = \(exposedText)",
                "usable = \(Units.bytes(exposed.value)) × \(memoryUtilization) − \(Units.bytes(chip.engineOverhead.value)) [default engine overhead] = \(Units.bytes(usable))",
                "lower bound: ⌈\(Units.bytes(profile.totalBytes)) / \(Units.bytes(usable))⌉ = \(outcome.lowerBound) device(s)",
            ])
    }

    private func kvStep() -> ExplainStep {
        let a = profile.architecture
        let formula: String
        if let mla = a.attention.mla {
            formula =
                "MLA: L·(kv_lora_rank + rope_dim)·bytes = \(a.kvCacheLayers)·(\(mla.kvLoraRank) + \(mla.qkRopeHeadDim))·\(precision.kv.bytes)"
        } else {
            formula =
                "\(a.attention.kind.rawValue.uppercased()): 2·L·kv_heads·head_dim·bytes = 2·\(a.kvCacheLayers)·\(a.attention.kvHeads)·\(a.attention.headDim)·\(precision.kv.bytes)"
        }
        let indexer = a.attention.indexer.map { " + indexer keys \(a.kvCacheLayers)·\($0.keyBytesPerToken)" } ?? ""
        var lines = [
            "\(formula)\(indexer) = \(NumberText.grouped(attention.bytesPerToken)) B per token (\(precision.kv.rawValue))",
            "layer kinds counted: " + a.layerKindSummary,
        ]
        lines += LayerKindText.details(a, attention: attention)
        lines.append(
            "one sequence of \(workload.contextTokens) tokens: \(Units.bytes(attention.sequenceBytes(tokens: workload.contextTokens)))"
        )
        return ExplainStep("KV cache", lines)
    }

    private func planStep(_ e: PlanEvaluation, devices: Int) -> ExplainStep {
        let m = e.memory
        let shares = DeviceShares(profile, e.plan)
        var lines = [
            "\(e.plan.label) on \(devices) device(s): FFN split over \(e.plan.group), attention over \(e.plan.tensorParallel), \(e.plan.pipelineParallel) stage(s), \(e.plan.replicas) replica(s)",
            "per device, fullest stage \(m.stage): weights \(Units.bytes(m.weights)) (" + layerText(shares)
                + "embedding \(Units.bytes(shares.embedding)), head \(Units.bytes(shares.lmHead)))",
            "KV per sequence per device: \(Units.bytes(m.kvPerSequence)) × \((m.sequencesPerReplica + e.plan.attentionDataParallel - 1) / e.plan.attentionDataParallel) = \(Units.bytes(m.kvCache))",
            "activations: \(Int(defaults.profileTokens.value)) tokens profiled = \(Units.bytes(m.activations))",
            "total \(Units.bytes(m.total)) ≤ usable \(Units.bytes(m.usable)); free \(Units.bytes(m.free))",
        ]
        if e.plan.attentionDataParallel == 1, profile.architecture.moe != nil {
            lines.append(
                "experts \(e.plan.expertParallel ? "whole (EP)" : "sliced (TP)"): \(Units.count(shares.expertsPerDevice)) expert-equivalents per device per layer"
            )
        }
        return ExplainStep("Plan and memory per device", lines)
    }

    private func layerText(_ shares: DeviceShares) -> String {
        var text = ""
        if profile.inventory.denseLayers > 0 { text += "dense layer \(Units.bytes(shares.denseLayer)), " }
        if profile.inventory.moeLayers > 0 { text += "MoE layer \(Units.bytes(shares.moeLayer)), " }
        return text
    }

    /// The serving-time arithmetic; `expertLines` are the MoE terms the reasons also list.
    private func speedStep(_ s: ServingEstimate, plan: ParallelPlan, expertLines: [String]) -> ExplainStep {
        let d = s.decodeStep
        let p = s.prefillStep
        let bandwidth = chip.bandwidth?.value ?? 0
        let bw = bandwidth * chip.bandwidthFraction.value
        let fraction = chip.gemmFraction(s.peakPrecision)
        let combine = defaults.operatorOverlap.value == 0 ? "+" : "⊕"
        // An assumed figure is marked where the arithmetic uses it.
        func given(_ figure: Sourced?) -> String { figure.map { $0.isGiven ? " [\($0.originText)]" : "" } ?? "" }
        return ExplainStep(
            "Serving time",
            [
                "streaming-read ceiling = \(Units.bandwidth(bandwidth))\(given(chip.bandwidth)) × \(chip.bandwidthFraction.value) [\(chip.bandwidthFraction.originText)] = \(Units.bandwidth(bw)) per device",
                "large-GEMM ceiling = \(Units.flops(s.peakUsed)) (\(s.peakPrecision.rawValue))\(given(chip.peak(s.peakPrecision))) × \(fraction.value) [\(fraction.originText)] = \(Units.flops(s.peakUsed * fraction.value)); attention kernels × \(defaults.attentionEfficiency.value) [default]",
                "per operator: (weight or KV bytes + 16-bit activations in and out) / (ceiling × size efficiency) \(combine) FLOPs / (ceiling × size efficiency); \(defaults.gemmSizeEfficiency.name) \(defaults.gemmSizeEfficiency.summary) (GFLOP at \(Units.flops(defaults.gemmReferenceRate.value)): a GEMM is read at its FLOPs × that ÷ its own ceiling), \(defaults.memorySizeEfficiency.name) \(defaults.memorySizeEfficiency.summary) (MB), relative to the largest step [Calculon H100]",
                "decode step per stage = linear \(Units.seconds(d.linear)) + attention \(Units.seconds(d.attention)) + non-GEMM \(Units.seconds(d.nonGEMM)) (\(Units.percent(defaults.nonGEMMShare.value)) of step) + collectives \(Units.seconds(d.communication)) = \(Units.seconds(d.total)); memory: weights \(Units.seconds(d.weightReads)), KV \(Units.seconds(d.kvReads)), activations \(Units.seconds(d.activationTraffic)); compute: GEMMs \(Units.seconds(d.linearCompute)), scores \(Units.seconds(d.attentionCompute))",
                "TPOT = \(plan.pipelineParallel) stage(s) × step (+ hops) = \(Units.seconds(s.timePerOutputToken)); pipeline bubble \(Units.percent(s.pipelineBubble))",
                "prefill pass (slowest stage) = linear \(Units.seconds(p.linear)) (weights \(Units.seconds(p.weightReads)), activations \(Units.seconds(p.activationTraffic)) \(combine) FLOPs \(Units.seconds(p.linearCompute))) + attention \(Units.seconds(p.attention)) + non-GEMM \(Units.seconds(p.nonGEMM)) + collectives \(Units.seconds(p.communication)); TTFT = \(Units.seconds(s.timeToFirstToken))",
                "throughput: decode \(Units.rate(s.decodeTokensPerSecond, "tok/s")), prefill \(Units.rate(s.prefillTokensPerSecond, "tok/s")), output with prefill interleaved \(Units.rate(s.outputTokensPerSecond, "tok/s"))",
                "MFU = 2·\(Units.count(profile.macsPerToken)) active MACs × (in + out) per request × requests/s ÷ (\(plan.devices) × \(Units.flops(s.peakUsed))) = \(Units.percent(s.modelComputeEfficiency))",
            ] + expertLines)
    }
}
