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
            attention.append(WeightTensor(.attentionHeads, rows: q, cols: h))
            attention.append(WeightTensor(.attentionKV, rows: kv, cols: h, count: 2))
            attention.append(WeightTensor(.attentionHeads, rows: h, cols: q))
            if at.qkvBias {
                attention.append(.vector(.attentionHeads, q))
                attention.append(.vector(.attentionKV, kv, count: 2))
            }
        }
        if at.outputBias { attention.append(.vector(.replicated, h)) }
        if at.qkNorm { attention.append(.vector(.replicated, at.headDim, count: 2)) }
        if at.sinks { attention.append(.vector(.attentionHeads, at.heads)) }

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
        denseLayer.reduce(0) { $0 + $1.elements } * denseLayers
            + moeLayer.reduce(0) { $0 + $1.elements } * moeLayers
            + globals.reduce(0) { $0 + $1.elements }
    }
}
