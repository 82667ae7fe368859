import Foundation
import OAMCore

/// A roofline time model for serving one plan: per-operator max(bytes / sustained
/// bandwidth, FLOPs / sustained peak), summed over linear layers and attention, plus
/// collectives, per pipeline stage.
///
/// - Decode step: weights read once per step (routed experts only as far as the batch's
///   tokens touch them: E·(1 − (1 − k/E)^b)), the KV cache of every sequence, the step's
///   FLOPs; TP all-reduces and MoE all-to-alls after every layer.
/// - Prefill: the prompt's FLOPs including causal attention, at the sustained peak.
/// - Pipelines run `min(pp, batch)` micro-batches; fewer than `pp` leaves a bubble.
public struct ServingRoofline: Sendable {
    public var profile: ModelProfile
    public var attention: AttentionCost
    public var precision: PrecisionPlan
    public var chip: ChipProfile

    public init(profile: ModelProfile, attention: AttentionCost, precision: PrecisionPlan, chip: ChipProfile) {
        self.profile = profile
        self.attention = attention
        self.precision = precision
        self.chip = chip
    }

    /// The figures a speed verdict needs that the registry leaves unknown, by path.
    public var missingFigures: [String] {
        var missing: [String] = []
        if chip.bandwidth == nil { missing.append("memory.bandwidth") }
        if chip.peak(precision.baselineCompute) == nil { missing.append("peak_dense.\(precision.baselineCompute.rawValue)") }
        if precision.quantizedCompute != precision.baselineCompute, chip.peak(precision.quantizedCompute) == nil {
            missing.append("peak_dense.\(precision.quantizedCompute.rawValue)")
        }
        return missing
    }

    /// The estimate for `plan` with `sequences` per replica, or `nil` when a figure is
    /// unknown (see `missingFigures`).
    public func estimate(_ plan: ParallelPlan, shares: DeviceShares, sequences: Int, workload: ServingWorkload) -> ServingEstimate? {
        guard missingFigures.isEmpty, let bw = chip.bandwidth?.value, let pb = chip.peak(precision.baselineCompute)?.value else { return nil }
        let pq = chip.peak(precision.quantizedCompute)?.value ?? pb
        let rates = Rates(bandwidth: bw * chip.bandwidthFraction.value, quantizedPeak: pq * chip.computeFraction.value, baselinePeak: pb * chip.computeFraction.value)
        let comm = CommunicationModel(chip: chip)
        let a = profile.architecture
        let split = StageSplit(layers: a.layers, stages: plan.pipelineParallel)
        let pp = plan.pipelineParallel
        let b = max(1, sequences)
        let microBatches = min(pp, b)
        let tokensPerMicroBatch = Double(b) / Double(microBatches)
        let context = workload.averageDecodeContext
        let crossNode = plan.devicesPerReplica > chip.domainDevices
        let h = Double(a.hiddenSize)

        var decode = StepTime()
        var prefill = StepTime()
        var ttft = 0.0
        var batchedPrefill = 0.0
        for stage in 0..<pp {
            let step = stepTime(stage, split: split, plan: plan, shares: shares, tokens: tokensPerMicroBatch, context: context, decode: true, rates: rates, comm: comm)
            if step.total > decode.total { decode = step }
            let pass = stepTime(stage, split: split, plan: plan, shares: shares, tokens: Double(workload.inputTokens), context: 0, decode: false, rates: rates, comm: comm)
            ttft += pass.total
            if pass.total > prefill.total { prefill = pass }
            let batched = stepTime(stage, split: split, plan: plan, shares: shares, tokens: Double(workload.inputTokens), context: 0, decode: false, rates: rates, comm: comm, batched: true)
            batchedPrefill = max(batchedPrefill, batched.total)
        }
        let hop = pp > 1 ? comm.pointToPoint(bytes: tokensPerMicroBatch * h * 2, acrossNodes: crossNode) : 0
        let tpot = Double(pp) * decode.total + Double(pp - 1) * hop
        ttft += Double(pp - 1) * comm.pointToPoint(bytes: Double(workload.inputTokens) * h * 2, acrossNodes: crossNode)

        let replicas = Double(plan.replicas)
        let out = Double(max(1, workload.outputTokens))
        let cycle = Double(b) * batchedPrefill + out * tpot
        let outputRate = replicas * Double(b) * out / cycle
        let decodeRate = replicas * Double(b) / tpot
        let prefillRate = replicas * Double(workload.inputTokens) / batchedPrefill

        // Model compute efficiency at the peak of the precision most matmul work runs in.
        let work = workShares()
        let peakPrecision = work.quantized >= work.baseline ? precision.quantizedCompute : precision.baselineCompute
        let peak = peakPrecision == precision.quantizedCompute ? pq : pb
        let usefulPerRequest = 2 * profile.macsPerToken * Double(workload.inputTokens + workload.outputTokens)
        let mfu = (outputRate / out) * usefulPerRequest / (Double(plan.devices) * peak)

        var bottleneck = decode.dominant
        if Double(b) * batchedPrefill > out * tpot { bottleneck = .prefillCompute }
        return ServingEstimate(
            timeToFirstToken: ttft, timePerOutputToken: tpot, prefillTokensPerSecond: prefillRate,
            decodeTokensPerSecond: decodeRate, outputTokensPerSecond: outputRate, modelComputeEfficiency: mfu,
            bottleneck: bottleneck, decodeStep: decode, prefillStep: prefill,
            pipelineBubble: 1 - Double(microBatches) / Double(pp), pipelineStages: pp, sequencesPerReplica: b,
            peakUsed: peak, peakPrecision: peakPrecision)
    }

    /// Sustained rates per device.
    struct Rates {
        var bandwidth: Double
        var quantizedPeak: Double
        var baselinePeak: Double
    }

    /// Linear MACs per token split by storage precision (whole model).
    private func workShares() -> (quantized: Double, baseline: Double) {
        let d = Double(profile.inventory.denseLayers)
        let m = Double(profile.inventory.moeLayers)
        let q = d * (profile.denseWork.attentionQuantized + profile.denseWork.ffnQuantized) + m * (profile.moeWork.attentionQuantized + profile.moeWork.ffnQuantized)
        return (q, profile.macsPerToken - q)
    }

    /// Expected routed experts a layer touches for `tokens` tokens: E·(1 − (1 − k/E)^n).
    func touchedExperts(_ tokens: Double) -> Double {
        guard let moe = profile.architecture.moe, moe.experts > 0 else { return 0 }
        let e = Double(moe.experts)
        return e * (1 - pow(1 - Double(moe.expertsPerToken) / e, tokens))
    }

    /// One device's time for one pass of stage `stage` over `tokens` tokens: a decode step
    /// (`decode`, one token per sequence at `context`), a single prompt (`!decode`), or a
    /// prompt amortised over many in flight (`batched`: weights and latencies amortised,
    /// attention spread over the DP-attention ranks).
    func stepTime(_ stage: Int, split: StageSplit, plan: ParallelPlan, shares: DeviceShares, tokens: Double, context: Double, decode: Bool, rates: Rates, comm: CommunicationModel, batched: Bool = false) -> StepTime {
        let a = profile.architecture
        let p = profile
        let (denseCount, moeCount) = split.counts(stage, denseLayers: p.inventory.denseLayers)
        let stageLayers = Double(denseCount + moeCount)
        let layerFraction = stageLayers / Double(a.layers)
        let isLast = stage == split.ranges.count - 1
        let t = Double(plan.tensorParallel)
        let g = Double(plan.group)
        let d = Double(plan.attentionDataParallel)
        let h = Double(a.hiddenSize)
        // Tokens one attention rank group handles, and the divisor of attention work per device.
        let attentionTokens = decode || batched ? tokens / d : tokens
        let attentionDivisor = t
        var step = StepTime()

        // Weights read.
        if !batched {
            let touched = touchedExperts(tokens) / g
            var bytes = Double(denseCount) * shares.denseLayer + Double(moeCount) * (shares.moeLayerShared + p.perExpertBytes * touched)
            if isLast {
                let head = a.tieWordEmbeddings ? p.globals[.embedding] : p.globals[.lmHead]
                bytes += head / g + p.globals[.replicated]
            }
            step.weightReads = bytes / rates.bandwidth
        }

        // Linear FLOPs: attention projections on the attention ranks, FFN over the group.
        func flops(_ w: TokenWork, _ count: Int) -> (q: Double, b: Double) {
            let n = Double(count)
            let q = n * (w.attentionQuantized * attentionTokens / attentionDivisor + w.ffnQuantized * tokens / g)
            let b = n * (w.attentionBaseline * attentionTokens / attentionDivisor + w.ffnBaseline * tokens / g)
            return (2 * q, 2 * b)
        }
        let dense = flops(p.denseWork, denseCount)
        let moe = flops(p.moeWork, moeCount)
        var baselineFlops = dense.b + moe.b
        if isLast { baselineFlops += 2 * p.lmHeadWork * (decode ? tokens : 1) / g }
        step.linearCompute = (dense.q + moe.q) / rates.quantizedPeak + baselineFlops / rates.baselinePeak

        // Attention: KV reads (decode) or KV writes (prefill), and score FLOPs.
        if decode {
            let kvBytes = attentionTokens * attention.sequenceBytes(tokens: Int(context.rounded())) * shares.kvFraction * layerFraction
            step.kvReads = kvBytes / rates.bandwidth
            step.attentionCompute = attentionTokens * attention.decodeFLOPs(context: context) * layerFraction / attentionDivisor / rates.baselinePeak
        } else {
            step.kvReads = tokens * attention.bytesPerToken * shares.kvFraction * layerFraction / rates.bandwidth / (batched ? d : 1)
            step.attentionCompute = attention.prefillFLOPs(tokens: Int(tokens)) * layerFraction / attentionDivisor / (batched ? d : 1) / rates.baselinePeak
        }

        // Collectives: attention output all-reduce over TP, FFN all-reduce or expert all-to-all over the group.
        let activationBytes = 2.0
        func allReduce(_ bytes: Double, _ n: Int) -> Double {
            batched ? (n > 1 ? 2 * Double(n - 1) / Double(n) * bytes / max(1, comm.chip.link.allReduceBandwidth(min(n, comm.chip.domainDevices))) : 0) : comm.allReduce(bytes: bytes, devices: n)
        }
        var communication = 0.0
        if plan.tensorParallel > 1 {
            communication += stageLayers * allReduce(attentionTokens * h * activationBytes, plan.tensorParallel)
        }
        if plan.group > 1 {
            let ffnTokens = tokens
            communication += Double(denseCount) * allReduce(ffnTokens * h * activationBytes, plan.group)
            if plan.expertParallel, let k = a.moe?.expertsPerToken {
                let perDevice = (decode || batched ? tokens / g : tokens / t) * Double(k) * h * activationBytes
                communication += Double(moeCount) * 2 * comm.allToAll(bytes: perDevice, devices: plan.group)
            } else {
                communication += Double(moeCount) * allReduce(ffnTokens * h * activationBytes, plan.group)
            }
        }
        step.communication = communication
        return step
    }
}
