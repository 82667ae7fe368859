import Foundation
import OAMCore

/// A time model for serving one plan, per pipeline stage and device.
///
/// Every linear layer is one operator: its weight reads at the sustained bandwidth plus its
/// FLOPs at the sustained GEMM rate, less the overlapped part (none: Calculon's H100
/// `no_overlap`). Both rates start from the chip's measured ceilings (adapter large-GEMM and
/// STREAM fractions, per precision) and are scaled by the operator's size with Calculon's
/// H100 curves, so a decode GEMM of a few hundred rows or a 30 MB weight read runs below the
/// ceiling. Attention reads (decode) or writes (prefill) the KV cache and runs its score
/// FLOPs at the attention-kernel efficiency. The non-GEMM share adds norms, rotary,
/// activations, sampling and scheduling; collectives add.
///
/// - Decode step: weights read once per step (routed experts only as far as the batch's
///   tokens touch them: E·(1 − (1 − k/E)^b)), the KV cache of every sequence, the step's
///   FLOPs; TP all-reduces and MoE all-to-alls after every layer.
/// - Prefill: the prompt's FLOPs including causal attention; a prompt batched with others
///   (throughput) runs at the size of the engine's token budget and reads no weights.
/// - Pipelines run `min(pp, batch)` micro-batches; fewer than `pp` leaves a bubble.
public struct ServingRoofline: Sendable {
    public var profile: ModelProfile
    public var attention: AttentionCost
    public var precision: PrecisionPlan
    public var chip: ChipProfile
    /// The serving-efficiency factors, taken once from the defaults.
    public var factors: ServingFactors

    public init(
        profile: ModelProfile, attention: AttentionCost, precision: PrecisionPlan, chip: ChipProfile,
        defaults: SolverDefaults = .standard
    ) {
        self.profile = profile
        self.attention = attention
        self.precision = precision
        self.chip = chip
        self.factors = ServingFactors(defaults)
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
    public func estimate(_ plan: ParallelPlan, shares: DeviceShares, sequences: Int, workload: ServingWorkload)
        -> ServingEstimate?
    {
        guard missingFigures.isEmpty, let bw = chip.bandwidth?.value, let pb = chip.peak(precision.baselineCompute)?.value,
            bw > 0, pb > 0
        else { return nil }
        let pq = chip.peak(precision.quantizedCompute)?.value ?? pb
        let rates = Rates(
            chip: chip, precision: precision, bandwidth: bw, quantizedPeak: pq, baselinePeak: pb,
            attentionEfficiency: factors.attentionEfficiency)
        guard rates.isUsable else { return nil }
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
        // A stage's passes depend only on its layer counts and whether it runs the head, so
        // the stages of a deep pipeline (mostly alike) are timed once per kind.
        var timed: [StageKind: (step: StepTime, pass: StepTime, batched: StepTime)] = [:]
        for stage in 0..<pp {
            let (dense, moe) = split.counts(stage, in: a)
            let kind = StageKind(dense: dense, moe: moe, isLast: stage == split.ranges.count - 1)
            let times =
                timed[kind]
                ?? (
                    stepTime(
                        stage, split: split, plan: plan, shares: shares, tokens: tokensPerMicroBatch, context: context,
                        kind: .decode, rates: rates, comm: comm),
                    stepTime(
                        stage, split: split, plan: plan, shares: shares, tokens: Double(max(1, workload.inputTokens)),
                        context: 0, kind: .prompt, rates: rates, comm: comm),
                    stepTime(
                        stage, split: split, plan: plan, shares: shares, tokens: Double(max(1, workload.inputTokens)),
                        context: 0, kind: .batchedPrompt, rates: rates, comm: comm)
                )
            timed[kind] = times
            if times.step.total > decode.total { decode = times.step }
            ttft += times.pass.total
            if times.pass.total > prefill.total { prefill = times.pass }
            batchedPrefill = max(batchedPrefill, times.batched.total)
        }
        let hop = pp > 1 ? comm.pointToPoint(bytes: tokensPerMicroBatch * h * 2, acrossNodes: crossNode) : 0
        let tpot = Double(pp) * decode.total + Double(pp - 1) * hop
        ttft += Double(pp - 1) * comm.pointToPoint(bytes: Double(workload.inputTokens) * h * 2, acrossNodes: crossNode)

        // Sequences in flight over all replicas: a fixed batch smaller than replicas × b
        // leaves replicas idle (batch 1 on two replicas is one sequence, not two).
        let capacity = Double(max(1, plan.replicas)) * Double(b)
        let served = workload.maximizeBatch ? capacity : min(capacity, Double(max(1, workload.batch)))
        let busyReplicas = min(Double(max(1, plan.replicas)), served)
        let out = Double(max(1, workload.outputTokens))
        let cycle = Double(b) * batchedPrefill + out * tpot
        let outputRate = served * out / cycle
        let decodeRate = served / tpot
        let prefillRate = busyReplicas * Double(workload.inputTokens) / batchedPrefill

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

    /// What a stage's passes depend on: its dense and MoE layer counts and whether it runs the
    /// output head.
    struct StageKind: Hashable {
        var dense: Int
        var moe: Int
        var isLast: Bool
    }

    /// Sustained ceilings per device: streaming bandwidth, large-GEMM rates of the quantized
    /// and the baseline precision, and the attention-kernel rate.
    struct Rates {
        var bandwidth: Double
        var quantizedPeak: Double
        var baselinePeak: Double
        var attentionPeak: Double

        init(
            chip: ChipProfile, precision: PrecisionPlan, bandwidth: Double, quantizedPeak: Double, baselinePeak: Double,
            attentionEfficiency: Double
        ) {
            self.bandwidth = bandwidth * chip.bandwidthFraction.value
            self.quantizedPeak = quantizedPeak * chip.gemmFraction(precision.quantizedCompute).value
            self.baselinePeak = baselinePeak * chip.gemmFraction(precision.baselineCompute).value
            self.attentionPeak = self.baselinePeak * attentionEfficiency
        }

        /// Every rate a positive finite number (no division by zero downstream).
        var isUsable: Bool {
            [bandwidth, quantizedPeak, baselinePeak, attentionPeak].allSatisfy { $0.isFinite && $0 > 0 }
        }
    }

    /// Linear MACs per token split by storage precision (whole model).
    private func workShares() -> (quantized: Double, baseline: Double) {
        let d = Double(profile.inventory.denseLayers)
        let m = Double(profile.inventory.moeLayers)
        let q =
            d * (profile.denseWork.attentionQuantized + profile.denseWork.ffnQuantized) + m
            * (profile.moeWork.attentionQuantized + profile.moeWork.ffnQuantized)
        return (q, profile.macsPerToken - q)
    }

    /// Expected routed experts a layer touches for `tokens` tokens: E·(1 − (1 − k/E)^n).
    func touchedExperts(_ tokens: Double) -> Double {
        guard let moe = profile.architecture.moe, moe.experts > 0 else { return 0 }
        let e = Double(moe.experts)
        let miss = max(0, 1 - Double(min(moe.expertsPerToken, moe.experts)) / e)
        return e * (1 - pow(miss, max(0, tokens)))
    }

    /// A token count as an `Int`, saturating instead of trapping on huge or non-finite values.
    static func count(_ value: Double) -> Int {
        guard value.isFinite, value > 0 else { return 0 }
        return value >= Double(Int.max / 2) ? Int.max / 2 : Int(value.rounded())
    }

    /// One device's time for one pass of stage `stage` over `tokens` tokens (`StagePass`):
    /// a decode step (one token per sequence at `context`), a single prompt, or a prompt
    /// amortised over many in flight.
    func stepTime(
        _ stage: Int, split: StageSplit, plan: ParallelPlan, shares: DeviceShares, tokens: Double, context: Double,
        kind: PassKind, rates: Rates, comm: CommunicationModel
    ) -> StepTime {
        let (dense, moe) = split.counts(stage, in: profile.architecture)
        return StagePass(
            roofline: self, plan: plan, shares: shares, tokens: tokens, context: context, kind: kind, rates: rates, comm: comm,
            denseLayers: dense, moeLayers: moe, isLast: stage == split.ranges.count - 1
        ).time()
    }
}
