import OAMCore

/// One device's time for one pass of a pipeline stage (`ServingRoofline.stepTime`), in
/// named steps: the linear operators, the output head, attention, the non-GEMM share and
/// the collectives.
struct StagePass {
    let roofline: ServingRoofline
    let plan: ParallelPlan
    let shares: DeviceShares
    /// Tokens in the pass (sequences for decode, prompt tokens otherwise).
    let tokens: Double
    /// Decode context, in tokens.
    let context: Double
    let kind: PassKind
    let rates: ServingRoofline.Rates
    let comm: CommunicationModel
    let denseLayers: Int
    let moeLayers: Int
    /// True for the last stage, which runs the output head.
    let isLast: Bool
    /// The roofline's factors and model, read once (every operator asks for them).
    private let factors: ServingFactors
    private let profile: ModelProfile
    /// How the pass's routed tokens fall on the experts; `nil` for a dense model.
    private let expertLoad: ExpertLoad?

    init(
        roofline: ServingRoofline, plan: ParallelPlan, shares: DeviceShares, tokens: Double, context: Double, kind: PassKind,
        rates: ServingRoofline.Rates, comm: CommunicationModel, denseLayers: Int, moeLayers: Int, isLast: Bool
    ) {
        self.roofline = roofline
        self.plan = plan
        self.shares = shares
        self.tokens = tokens
        self.context = context
        self.kind = kind
        self.rates = rates
        self.comm = comm
        self.denseLayers = denseLayers
        self.moeLayers = moeLayers
        self.isLast = isLast
        factors = roofline.factors
        profile = roofline.profile
        expertLoad = ExpertLoad(roofline.profile, plan: plan, shares: shares, tokens: tokens)
    }
    private var stageLayers: Double { Double(denseLayers + moeLayers) }
    /// Activations are 16-bit between kernels: what a GEMM reads and writes, what attention
    /// reads as queries and writes as outputs, what crosses the collectives.
    private static let activationBytes = 2.0

    /// Tokens one attention rank group handles: decode and batched prompts spread their
    /// sequences over the DP-attention groups; a single prompt runs on one.
    private var attentionTokens: Double { kind == .prompt ? tokens : tokens / Double(max(1, plan.attentionDataParallel)) }

    /// Every term of the pass.
    func time() -> StepTime {
        var step = StepTime()
        addLinearLayers(to: &step)
        if isLast { addOutputHead(to: &step) }
        addAttention(to: &step)
        // Everything between the GEMMs and attention kernels is a share of the whole step.
        step.nonGEMM = (step.linear + step.attention) * factors.nonGEMMShare / (1 - factors.nonGEMMShare)
        step.communication = collectives()
        return step
    }

    /// Adds one operator (×`count`): its weight and activation bytes at the bandwidth scaled
    /// by their sum, its FLOPs at the sustained GEMM rate `peak` scaled by the size of one of
    /// its GEMMs at that rate (`gemm` FLOPs; the whole operator unless it is a grouped GEMM of
    /// routed experts). A batched prompt reads no weights and shares its GEMMs and transfers
    /// with the engine's whole token budget.
    private func addOperator(
        weights: Double, activations: Double, flops: Double, gemm: Double? = nil, peak: Double, count: Double = 1,
        to step: inout StepTime
    ) {
        guard count > 0 else { return }
        let sizeScale = kind == .batchedPrompt ? max(1, factors.batchTokens / max(1, tokens)) : 1
        let read = kind == .batchedPrompt ? 0 : weights
        let bytes = read + activations
        let bandwidth = rates.bandwidth * factors.memoryCurve.relative(bytes * sizeScale)
        let memory = bytes / bandwidth
        let compute = flops > 0 ? flops / (peak * factors.gemmEfficiency(flops: (gemm ?? flops) * sizeScale, rate: peak)) : 0
        step.weightReads += read / bandwidth * count
        step.activationTraffic += activations / bandwidth * count
        step.linearCompute += compute * count
        step.linear += factors.combine(memory, compute) * count
    }

    /// Linear layers, one operator per weight matrix: attention projections on the attention
    /// ranks, feed-forward blocks over the group, routed experts as far as the pass's tokens
    /// touch them.
    private func addLinearLayers(to step: inout StepTime) {
        for (tensors, count) in [(profile.inventory.denseLayer, denseLayers), (profile.inventory.moeLayer, moeLayers)]
        where count > 0 {
            for tensor in tensors where tensor.isMatrix {
                guard let (bytes, flops, gemm, ways) = share(of: tensor) else { continue }
                let peak = rates.gemmRate(for: tensor, in: profile.format)
                let activations = activationElements(tensor, flops: flops, ways: ways) * Self.activationBytes
                addOperator(
                    weights: bytes, activations: activations, flops: flops, gemm: gemm, peak: peak, count: Double(count),
                    to: &step)
            }
        }
    }

    /// One device's bytes and FLOPs of `tensor` in this pass, the FLOPs of one of its GEMMs
    /// when it runs as a grouped GEMM (routed experts), and how many ways the matrix is split
    /// across the devices that share its tokens; `nil` for the globals.
    private func share(of tensor: WeightTensor) -> (bytes: Double, flops: Double, gemm: Double?, ways: Double)? {
        let t = Double(max(1, plan.tensorParallel))
        let g = Double(max(1, plan.group))
        let elements = tensor.averageElements
        let bytes = tensor.bytes(in: profile.format)
        switch tensor.role {
        case .attentionHeads:
            return (bytes / t, 2 * attentionTokens * elements / t, nil, t)
        case .attentionKV:
            let fraction = shares.kvFraction
            return (bytes * fraction, 2 * attentionTokens * elements * fraction, nil, fraction > 0 ? 1 / fraction : 1)
        case .attentionReplicated:
            return (bytes, 2 * attentionTokens * elements, nil, 1)
        case .denseMLP, .sharedExperts:
            return (bytes / g, 2 * tokens * elements / g, nil, g)
        case .replicated:
            return (bytes, 2 * tokens * elements / g, nil, 1)
        case .routedExperts:
            guard let moe = profile.architecture.moe, moe.experts > 0, let load = expertLoad else { return nil }
            let experts = Double(moe.experts)
            // The busiest device's share of the routed pairs (EP), in GEMMs of one expert's
            // rows: whole experts under EP, a 1/g slice of each under TP.
            let flops = 2 * tokens * elements * Double(moe.expertsPerToken) / experts / g * load.deviceImbalance
            return (bytes * load.touched / experts / g, flops, load.gemmFLOPs(elements: elements), plan.expertParallel ? 1 : g)
        case .embedding, .lmHead:
            return nil
        }
    }

    /// Activation elements one device's share of `tensor` reads and writes: the token rows
    /// that pass through it (its `flops` ÷ 2 ÷ one matrix's multiply-adds, in units of the
    /// matrix split `ways` ways) each read the matrix's input and write its output, as
    /// `WeightTensor.Split` says: a row-split matrix reads a 1/`ways` slice of its input and
    /// writes the whole output, a column-split one reads the whole input and writes a slice.
    private func activationElements(_ tensor: WeightTensor, flops: Double, ways: Double) -> Double {
        let rows = Double(tensor.rows)
        let cols = Double(tensor.cols)
        let tokenRows = flops / (2 * rows * cols)
        switch tensor.split {
        case .rows: return tokenRows * (ways * rows + cols)
        case .columns: return tokenRows * (rows + ways * cols)
        }
    }

    /// The output head on the last stage: its vocabulary slice and the final norm; a decode
    /// step samples every sequence, a prompt only its last token. Vocabulary-parallel: each
    /// sampled token reads the whole hidden state and writes its slice of the logits.
    private func addOutputHead(to step: inout StepTime) {
        let g = Double(max(1, plan.group))
        let a = profile.architecture
        let head = a.tieWordEmbeddings ? profile.globals[.embedding] : profile.globals[.lmHead]
        let sampled = kind == .decode ? tokens : 1
        let activations = sampled * (Double(a.hiddenSize) + Double(a.vocabSize) / g) * Self.activationBytes
        addOperator(
            weights: head / g + profile.globals[.replicated], activations: activations,
            flops: 2 * profile.lmHeadWork * sampled / g, peak: rates.baselinePeak, to: &step)
    }

    /// Attention: KV reads (decode) or KV writes (prompts), and score FLOPs at the
    /// attention-kernel rate; one operator per layer.
    private func addAttention(to step: inout StepTime) {
        guard stageLayers > 0 else { return }
        let attention = roofline.attention
        let layers = profile.architecture.layers
        let layerFraction = layers > 0 ? stageLayers / Double(layers) : 0
        let t = Double(max(1, plan.tensorParallel))
        let spread = kind == .batchedPrompt ? Double(max(1, plan.attentionDataParallel)) : 1
        let kvBytes: Double
        let scoreFLOPs: Double
        if kind == .decode {
            let sequenceBytes = attention.sequenceBytes(tokens: ServingRoofline.count(context))
            kvBytes = attentionTokens * sequenceBytes * shares.kvFraction * layerFraction
            scoreFLOPs = attentionTokens * attention.decodeFLOPs(context: context) * layerFraction / t
        } else {
            kvBytes = tokens * attention.bytesPerToken * shares.kvFraction * layerFraction / spread
            scoreFLOPs = attention.prefillFLOPs(tokens: ServingRoofline.count(tokens)) * layerFraction / t / spread
        }
        let queryOutputElements = attention.queryOutputElementsPerLayer(kind)
        let queryOutput = attentionTokens * queryOutputElements * Self.activationBytes * stageLayers / t
        let bytes = kvBytes + queryOutput
        let bandwidth = rates.bandwidth * factors.memoryCurve.relative(bytes / stageLayers)
        step.kvReads = kvBytes / bandwidth
        step.activationTraffic += queryOutput / bandwidth
        step.attentionCompute = scoreFLOPs / rates.attentionPeak
        let memory = bytes / bandwidth
        step.attention = stageLayers * factors.combine(memory / stageLayers, step.attentionCompute / stageLayers)
    }

    /// Collectives: the attention output all-reduce over TP after every layer, then the FFN
    /// all-reduce over the group, or the MoE dispatch and combine all-to-alls under EP.
    private func collectives() -> Double {
        let h = Double(profile.architecture.hiddenSize)
        let g = Double(max(1, plan.group))
        var time = 0.0
        if plan.tensorParallel > 1 {
            time += stageLayers * allReduce(attentionTokens * h * Self.activationBytes, plan.tensorParallel)
        }
        guard plan.group > 1 else { return time }
        let ffnBytes = tokens * h * Self.activationBytes
        time += Double(denseLayers) * allReduce(ffnBytes, plan.group)
        if plan.expertParallel, let k = profile.architecture.moe?.expertsPerToken {
            // Each device dispatches its tokens' hidden states to their k experts and gets
            // them back; the busiest receiver (routing imbalance) sets the exchange's time.
            let perDevice = (kind == .prompt ? tokens / Double(max(1, plan.tensorParallel)) : tokens / g) * Double(k) * h
            let skew = expertLoad?.deviceImbalance ?? 1
            time += Double(moeLayers) * 2 * comm.allToAll(bytes: perDevice * Self.activationBytes * skew, devices: plan.group)
        } else {
            time += Double(moeLayers) * allReduce(ffnBytes, plan.group)
        }
        return time
    }

    /// A ring all-reduce over `n` devices; a batched prompt amortises its latency and runs at
    /// the scale-up bus bandwidth.
    private func allReduce(_ bytes: Double, _ n: Int) -> Double {
        guard kind == .batchedPrompt else { return comm.allReduce(bytes: bytes, devices: n) }
        guard n > 1 else { return 0 }
        let busBandwidth = max(1, comm.chip.link.allReduceBandwidth(min(n, comm.chip.domainDevices)))
        return CommunicationModel.ringTransfer(bytes: bytes, devices: n, busBandwidth: busBandwidth)
    }
}
