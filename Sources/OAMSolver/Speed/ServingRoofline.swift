import Foundation
import OAMCore

/// A time model for serving one plan, per pipeline stage and device.
///
/// Every linear layer is one operator: its weight reads and its activations (input read,
/// output written, 16-bit) at the sustained bandwidth plus its FLOPs at the sustained GEMM
/// rate, less the overlapped part (none: Calculon's H100 `no_overlap`). Both rates start from
/// the chip's measured ceilings (adapter large-GEMM and STREAM fractions, per precision) and
/// are scaled by the operator's size with Calculon's H100 curves, so a decode GEMM of a few
/// hundred rows or a 30 MB weight read runs below the ceiling. Attention reads (decode) or
/// writes (prefill) the KV cache, reads the queries and writes the outputs, and runs its score
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
    public let profile: ModelProfile
    public let attention: AttentionCost
    public let precision: PrecisionPlan
    public let chip: ChipProfile
    /// The serving-efficiency factors, taken once from the defaults.
    public let factors: ServingFactors
    /// The chip's sustained ceilings for this precision plan (`nil` when a figure the speed
    /// needs is unknown) and its collectives, worked out once for every estimate.
    let rates: Rates?
    let communication: CommunicationModel

    public init(
        profile: ModelProfile, attention: AttentionCost, precision: PrecisionPlan, chip: ChipProfile,
        defaults: SolverDefaults = .standard
    ) {
        self.profile = profile
        self.attention = attention
        self.precision = precision
        self.chip = chip
        let factors = ServingFactors(defaults)
        self.factors = factors
        rates = Self.sustainedRates(chip: chip, precision: precision, factors: factors)
        communication = CommunicationModel(chip: chip)
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
        var memo = StagePassMemo()
        return estimate(plan, shares: shares, sequences: sequences, workload: workload, memo: &memo)
    }

    /// The estimate, taking the stage passes `memo` already holds and adding those it times
    /// (a plan search keeps one memo for all the plans and counts it evaluates).
    func estimate(
        _ plan: ParallelPlan, shares: DeviceShares, sequences: Int, workload: ServingWorkload, memo: inout StagePassMemo
    ) -> ServingEstimate? {
        guard let rates, let pb = chip.peak(precision.baselineCompute)?.value else { return nil }
        let pq = chip.peak(precision.quantizedCompute)?.value ?? pb
        let comm = communication
        let a = profile.architecture
        let split = StageSplit(layers: a.layers, stages: plan.pipelineParallel)
        let pp = plan.pipelineParallel
        let b = max(1, sequences)
        let microBatches = min(pp, b)
        let tokensPerMicroBatch = Self.decodeTokensPerPass(sequences: b, stages: pp)
        let context = workload.averageDecodeContext
        let crossNode = plan.devicesPerReplica > chip.domainDevices
        let h = Double(a.hiddenSize)

        var decode = StepTime()
        var prefill = StepTime()
        var ttft = 0.0
        var batchedPrefill = 0.0
        let prompt = Double(max(1, workload.inputTokens))
        for stage in 0..<pp {
            func pass(_ kind: PassKind, tokens: Double, context: Double) -> StepTime {
                self.pass(
                    stage, split: split, plan: plan, shares: shares, kind: kind, tokens: tokens, context: context,
                    rates: rates, comm: comm, memo: &memo)
            }
            let step = pass(.decode, tokens: tokensPerMicroBatch, context: context)
            let single = pass(.prompt, tokens: prompt, context: 0)
            let batched = pass(.batchedPrompt, tokens: prompt, context: 0)
            if step.total > decode.total { decode = step }
            ttft += single.total
            if single.total > prefill.total { prefill = single }
            batchedPrefill = max(batchedPrefill, batched.total)
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

    /// Sequences in one stage's decode pass: a replica's `sequences` split into
    /// `min(stages, sequences)` micro-batches (one per stage while there are enough).
    static func decodeTokensPerPass(sequences: Int, stages: Int) -> Double {
        let b = max(1, sequences)
        return Double(b) / Double(min(max(1, stages), b))
    }

    /// The chip's sustained ceilings for `precision`, or `nil` when a figure the speed needs
    /// is unknown or not a positive number.
    private static func sustainedRates(chip: ChipProfile, precision: PrecisionPlan, factors: ServingFactors) -> Rates? {
        guard let bw = chip.bandwidth?.value, let pb = chip.peak(precision.baselineCompute)?.value, bw > 0, pb > 0 else {
            return nil
        }
        if precision.quantizedCompute != precision.baselineCompute, chip.peak(precision.quantizedCompute) == nil {
            return nil
        }
        let rates = Rates(
            chip: chip, precision: precision, bandwidth: bw,
            quantizedPeak: chip.peak(precision.quantizedCompute)?.value ?? pb, baselinePeak: pb,
            attentionEfficiency: factors.attentionEfficiency)
        return rates.isUsable ? rates : nil
    }

    /// Stage `stage`'s pass of `kind` over `tokens`: its dense layers times one dense layer's
    /// pass, its MoE layers times one MoE layer's, and the output head on the last stage, each
    /// timed once per split, tokens and context through `memo` (every term of a `StagePass` is
    /// a sum over layers, so this is the stage's pass).
    private func pass(
        _ stage: Int, split: StageSplit, plan: ParallelPlan, shares: DeviceShares, kind: PassKind, tokens: Double,
        context: Double, rates: Rates, comm: CommunicationModel, memo: inout StagePassMemo
    ) -> StepTime {
        let (dense, moe) = split.counts(stage, in: profile.architecture)
        func part(_ part: StagePassMemo.Part) -> StepTime {
            let key = StagePassMemo.Key(split: plan.layerSplit, part: part, kind: kind, tokens: tokens, context: context)
            return memo.time(key) {
                StagePass(
                    roofline: self, plan: plan, shares: shares, tokens: tokens, context: context, kind: kind, rates: rates,
                    comm: comm, denseLayers: part == .denseLayer ? 1 : 0, moeLayers: part == .moeLayer ? 1 : 0,
                    isLast: part == .outputHead
                ).time()
            }
        }
        var step = StepTime()
        if dense > 0 { step.add(part(.denseLayer), times: Double(dense)) }
        if moe > 0 { step.add(part(.moeLayer), times: Double(moe)) }
        if stage == split.ranges.count - 1 { step.add(part(.outputHead), times: 1) }
        return step
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

        /// The sustained GEMM rate of `tensor` stored in `format`: the quantized precision's
        /// when the format stores it narrow, else the baseline's.
        func gemmRate(for tensor: WeightTensor, in format: WeightFormat) -> Double {
            tensor.isQuantized(in: format) ? quantizedPeak : baselinePeak
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
