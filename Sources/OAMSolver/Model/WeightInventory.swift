import OAMCore

/// Every weight tensor of a model, by layer kind: what the exact byte count of any
/// storage format, and any parallel plan's share of it, is computed from.
///
/// Counts agree with `ParameterBreakdown.total` element for element; the inventory adds
/// the shapes, which quantization scales (one per block or group) depend on.
public struct WeightInventory: Sendable, Hashable {
    /// Tensors of one layer with a dense feed-forward block.
    public var denseLayer: [WeightTensor]
    /// Tensors of one mixture-of-experts layer.
    public var moeLayer: [WeightTensor]
    /// Embedding, output head and final norm.
    public var globals: [WeightTensor]
    public var denseLayers: Int
    public var moeLayers: Int

    public init(_ a: ModelArchitecture) {
        let h = a.hiddenSize
        let attention = Self.attentionTensors(a)
        let normWidth = a.layerNorm ? 2 * h : h
        let norms: [WeightTensor] = a.normsPerLayer > 0 ? [.vector(.replicated, normWidth, count: a.normsPerLayer)] : []

        var dense = attention + norms
        if let mlp = a.mlp { dense += Self.mlpTensors(mlp, hidden: h) }
        var moe = attention + norms
        if let m = a.moe {
            moe += Self.moeTensors(m, hidden: h, keepsScoreBiasInFP32: a.hfArchitecture == "DeepseekV3ForCausalLM")
        }

        var globals: [WeightTensor] = [WeightTensor(.embedding, rows: a.vocabSize, cols: h)]
        if !a.tieWordEmbeddings { globals.append(WeightTensor(.lmHead, rows: a.vocabSize, cols: h)) }
        globals.append(.vector(.replicated, normWidth))

        self.denseLayer = dense
        self.moeLayer = moe
        self.globals = globals
        self.denseLayers = a.denseLayers
        self.moeLayers = a.moeLayers
    }

    /// The attention block of one layer template: projections (MLA or grouped-query), biases,
    /// q/k norms, sinks and the sparse indexer; in a hybrid model, each kind at its share of
    /// the layers.
    static func attentionTensors(_ a: ModelArchitecture) -> [WeightTensor] {
        let h = a.hiddenSize
        let at = a.attention
        var attention = at.mla.map { mlaTensors($0, heads: at.heads, hidden: h) } ?? groupedQueryTensors(at, hidden: h)
        if at.outputBias { attention.append(.vector(.replicated, h)) }
        if at.qkNorm {
            attention.append(
                at.qkNormPerLayer
                    ? .vector(.replicated, (at.heads + at.kvHeads) * at.headDim) : .vector(.replicated, at.headDim, count: 2))
        }
        if at.sinks { attention.append(.vector(.attentionHeads, at.heads)) }
        if let indexer = at.indexer { attention += indexerTensors(indexer, hidden: h, qLoraRank: at.mla?.qLoraRank ?? 0) }
        if let linear = at.linear, a.layers > 0 {
            // Hybrid layers: each template holds both kinds at their share of the layers.
            let linearShare = Double(a.layerCount(.linear)) / Double(a.layers)
            attention = attention.map { $0.shared(1 - linearShare) }
            attention += linearTensors(linear, hidden: h).map { $0.shared(linearShare) }
        }
        return attention
    }

    /// Multi-head latent attention (DeepSeek): the query (optionally through a low-rank
    /// `q_lora`), the joint KV down-projection with its norm, the KV up-projection, and the
    /// output projection.
    static func mlaTensors(_ mla: ModelArchitecture.MLA, heads: Int, hidden h: Int) -> [WeightTensor] {
        let qHead = mla.qkNopeHeadDim + mla.qkRopeHeadDim
        var tensors: [WeightTensor] = []
        if mla.qLoraRank > 0 {
            tensors.append(WeightTensor(.attentionReplicated, rows: mla.qLoraRank, cols: h))
            tensors.append(.vector(.replicated, mla.qLoraRank))
            tensors.append(WeightTensor(.attentionHeads, rows: heads * qHead, cols: mla.qLoraRank))
        } else {
            tensors.append(WeightTensor(.attentionHeads, rows: heads * qHead, cols: h))
        }
        tensors.append(WeightTensor(.attentionReplicated, rows: mla.kvLoraRank + mla.qkRopeHeadDim, cols: h))
        tensors.append(.vector(.replicated, mla.kvLoraRank))
        tensors.append(WeightTensor(.attentionHeads, rows: heads * (mla.qkNopeHeadDim + mla.vHeadDim), cols: mla.kvLoraRank))
        tensors.append(WeightTensor(.attentionHeads, rows: h, cols: heads * mla.vHeadDim, split: .rows))
        return tensors
    }

    /// Grouped-query (and multi-head) attention: q, k, v and o projections, with the q/k/v
    /// biases when the model has them.
    static func groupedQueryTensors(_ at: ModelArchitecture.Attention, hidden h: Int) -> [WeightTensor] {
        let q = at.heads * at.headDim
        let kv = at.kvHeads * at.headDim
        // A gated attention's q_proj also yields the output gate: twice the rows.
        var tensors = [
            WeightTensor(.attentionHeads, rows: q * (at.outputGate ? 2 : 1), cols: h),
            WeightTensor(.attentionKV, rows: kv, cols: h, count: 2),
            WeightTensor(.attentionHeads, rows: h, cols: q, split: .rows),
        ]
        if at.qkvBias {
            tensors.append(.vector(.attentionHeads, q))
            tensors.append(.vector(.attentionKV, kv, count: 2))
        }
        return tensors
    }

    /// A dense feed-forward block: up (and gate) and down projections, with their biases.
    static func mlpTensors(_ mlp: ModelArchitecture.MLP, hidden h: Int) -> [WeightTensor] {
        var tensors = [
            WeightTensor(.denseMLP, rows: mlp.intermediateSize, cols: h, count: mlp.gated ? 2 : 1),
            WeightTensor(.denseMLP, rows: h, cols: mlp.intermediateSize, split: .rows),
        ]
        if mlp.bias {
            tensors.append(.vector(.denseMLP, mlp.intermediateSize, count: mlp.gated ? 2 : 1))
            tensors.append(.vector(.replicated, h))
        }
        return tensors
    }

    /// A mixture-of-experts block: the router (DeepSeek-V3 keeps its score-correction bias
    /// in fp32), the routed experts' gate/up and down projections, and the shared experts.
    static func moeTensors(_ m: ModelArchitecture.MoE, hidden h: Int, keepsScoreBiasInFP32: Bool) -> [WeightTensor] {
        var tensors = [WeightTensor(.replicated, rows: m.experts, cols: h)]
        if m.routerBias { tensors.append(.vector(.replicated, m.experts, fp32: keepsScoreBiasInFP32)) }
        tensors.append(WeightTensor(.routedExperts, rows: m.expertIntermediateSize, cols: h, count: 2 * m.experts))
        tensors.append(WeightTensor(.routedExperts, rows: h, cols: m.expertIntermediateSize, count: m.experts, split: .rows))
        if m.expertBias {
            tensors.append(.vector(.routedExperts, m.expertIntermediateSize, count: 2 * m.experts))
            tensors.append(.vector(.routedExperts, h, count: m.experts))
        }
        if m.sharedExperts > 0 {
            let width = m.expertIntermediateSize * m.sharedExperts
            tensors.append(WeightTensor(.sharedExperts, rows: width, cols: h, count: 2))
            tensors.append(WeightTensor(.sharedExperts, rows: h, cols: width, split: .rows))
            if m.sharedExpertGate { tensors.append(.vector(.replicated, h)) }
        }
        return tensors
    }

    /// Every parameter, as `ParameterBreakdown.total` counts them.
    public var totalElements: Int {
        let layers =
            denseLayer.reduce(0.0) { $0 + $1.averageElements } * Double(denseLayers)
            + moeLayer.reduce(0.0) { $0 + $1.averageElements } * Double(moeLayers)
        return Int(layers.rounded()) + globals.reduce(0) { $0 + $1.elements }
    }

    /// The lightning indexer's weights (DeepSeek's reference `Indexer`): the query and key
    /// projections, replicated on every TP rank; the key LayerNorm and the per-head weight
    /// projection, kept in bf16.
    static func indexerTensors(_ indexer: SparseIndexer, hidden h: Int, qLoraRank: Int) -> [WeightTensor] {
        [
            WeightTensor(.attentionReplicated, rows: indexer.heads * indexer.headDim, cols: qLoraRank > 0 ? qLoraRank : h),
            WeightTensor(.attentionReplicated, rows: indexer.headDim, cols: h),
            .vector(.replicated, indexer.headDim, count: 2),
            WeightTensor(.replicated, rows: indexer.heads, cols: h),
        ]
    }

    /// A Gated DeltaNet layer's weights (transformers' `Qwen3NextGatedDeltaNet`), split by
    /// TP across heads: the q/k/v/z and β/decay input projections, the depthwise
    /// convolution, `dt_bias` and `A_log`, the gated norm and the output projection.
    static func linearTensors(_ linear: LinearAttention, hidden h: Int) -> [WeightTensor] {
        let key = linear.keyHeads * linear.keyHeadDim
        let value = linear.valueHeads * linear.valueHeadDim
        return [
            WeightTensor(.attentionHeads, rows: 2 * key + 2 * value, cols: h),
            WeightTensor(.attentionHeads, rows: 2 * linear.valueHeads, cols: h),
            .vector(.attentionHeads, linear.convChannels * linear.convKernel),
            .vector(.attentionHeads, linear.valueHeads, count: 2),
            .vector(.replicated, linear.valueHeadDim),
            WeightTensor(.attentionHeads, rows: h, cols: value, split: .rows),
        ]
    }
}
