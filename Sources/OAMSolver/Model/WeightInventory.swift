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
        var attention: [WeightTensor] = []
        let at = a.attention
        if let mla = at.mla {
            let qHead = mla.qkNopeHeadDim + mla.qkRopeHeadDim
            if mla.qLoraRank > 0 {
                attention.append(WeightTensor(.attentionReplicated, rows: mla.qLoraRank, cols: h))
                attention.append(.vector(.replicated, mla.qLoraRank))
                attention.append(WeightTensor(.attentionHeads, rows: at.heads * qHead, cols: mla.qLoraRank))
            } else {
                attention.append(WeightTensor(.attentionHeads, rows: at.heads * qHead, cols: h))
            }
            attention.append(WeightTensor(.attentionReplicated, rows: mla.kvLoraRank + mla.qkRopeHeadDim, cols: h))
            attention.append(.vector(.replicated, mla.kvLoraRank))
            attention.append(
                WeightTensor(.attentionHeads, rows: at.heads * (mla.qkNopeHeadDim + mla.vHeadDim), cols: mla.kvLoraRank))
            attention.append(WeightTensor(.attentionHeads, rows: h, cols: at.heads * mla.vHeadDim))
        } else {
            let q = at.heads * at.headDim
            let kv = at.kvHeads * at.headDim
            // A gated attention's q_proj also yields the output gate: twice the rows.
            attention.append(WeightTensor(.attentionHeads, rows: q * (at.outputGate ? 2 : 1), cols: h))
            attention.append(WeightTensor(.attentionKV, rows: kv, cols: h, count: 2))
            attention.append(WeightTensor(.attentionHeads, rows: h, cols: q))
            if at.qkvBias {
                attention.append(.vector(.attentionHeads, q))
                attention.append(.vector(.attentionKV, kv, count: 2))
            }
        }
        if at.outputBias { attention.append(.vector(.replicated, h)) }
        if at.qkNorm {
            attention.append(
                at.qkNormPerLayer
                    ? .vector(.replicated, (at.heads + at.kvHeads) * at.headDim) : .vector(.replicated, at.headDim, count: 2))
        }
        if at.sinks { attention.append(.vector(.attentionHeads, at.heads)) }
        if let indexer = at.indexer { attention += Self.indexerTensors(indexer, hidden: h, qLoraRank: at.mla?.qLoraRank ?? 0) }
        if let linear = at.linear, a.layers > 0 {
            // Hybrid layers: each template holds both kinds at their share of the layers.
            let linearShare = Double(a.layerCount(.linear)) / Double(a.layers)
            attention = attention.map { $0.shared(1 - linearShare) }
            attention += Self.linearTensors(linear, hidden: h).map { $0.shared(linearShare) }
        }

        let normWidth = a.layerNorm ? 2 * h : h
        let norms: [WeightTensor] = a.normsPerLayer > 0 ? [.vector(.replicated, normWidth, count: a.normsPerLayer)] : []

        var dense = attention + norms
        if let mlp = a.mlp {
            dense.append(WeightTensor(.denseMLP, rows: mlp.intermediateSize, cols: h, count: mlp.gated ? 2 : 1))
            dense.append(WeightTensor(.denseMLP, rows: h, cols: mlp.intermediateSize))
            if mlp.bias {
                dense.append(.vector(.denseMLP, mlp.intermediateSize, count: mlp.gated ? 2 : 1))
                dense.append(.vector(.replicated, h))
            }
        }

        var moe = attention + norms
        if let m = a.moe {
            let keepsScoreBiasInFP32 = a.hfArchitecture == "DeepseekV3ForCausalLM"
            moe.append(WeightTensor(.replicated, rows: m.experts, cols: h))
            if m.routerBias { moe.append(.vector(.replicated, m.experts, fp32: keepsScoreBiasInFP32)) }
            moe.append(WeightTensor(.routedExperts, rows: m.expertIntermediateSize, cols: h, count: 2 * m.experts))
            moe.append(WeightTensor(.routedExperts, rows: h, cols: m.expertIntermediateSize, count: m.experts))
            if m.expertBias {
                moe.append(.vector(.routedExperts, m.expertIntermediateSize, count: 2 * m.experts))
                moe.append(.vector(.routedExperts, h, count: m.experts))
            }
            if m.sharedExperts > 0 {
                let width = m.expertIntermediateSize * m.sharedExperts
                moe.append(WeightTensor(.sharedExperts, rows: width, cols: h, count: 2))
                moe.append(WeightTensor(.sharedExperts, rows: h, cols: width))
                if m.sharedExpertGate { moe.append(.vector(.replicated, h)) }
            }
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
            WeightTensor(.attentionHeads, rows: h, cols: value),
        ]
    }
}
