/// The shapes of a transformer language model, as its `config.json` states them.
///
/// Only fields that change parameter counts, memory or FLOPs are kept. Counts derived
/// from it live in `ParameterBreakdown` and `KVCacheShape`.
public struct ModelArchitecture: Sendable, Hashable {
    public var hfArchitecture: String
    /// Transformer layers, without multi-token-prediction layers.
    public var layers: Int
    public var hiddenSize: Int
    public var vocabSize: Int
    public var tieWordEmbeddings: Bool
    /// Longest context the model supports, in tokens.
    public var maxContext: Int
    /// LayerNorm carries a bias vector besides its weight; RMSNorm does not.
    public var layerNorm: Bool
    public var normsPerLayer: Int
    public var attention: Attention
    public var mlp: MLP?
    public var moe: MoE?
    /// MTP layers shipped in the checkpoint; they are not run when serving.
    public var mtpLayers: Int

    public struct Attention: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable { case mha, gqa, mqa, mla }
        public var kind: Kind
        public var heads: Int
        public var kvHeads: Int
        /// Per-head dimension (for MLA: qk_nope + qk_rope).
        public var headDim: Int
        public var qkvBias: Bool
        public var outputBias: Bool
        public var qkNorm: Bool
        public var sinks: Bool
        public var slidingWindow: Int?
        /// True when only every other layer (starting with the first) slides.
        public var slidingAlternate: Bool
        public var mla: MLA?

        public init(
            kind: Kind, heads: Int, kvHeads: Int, headDim: Int, qkvBias: Bool = false, outputBias: Bool = false,
            qkNorm: Bool = false, sinks: Bool = false, slidingWindow: Int? = nil, slidingAlternate: Bool = false, mla: MLA? = nil
        ) {
            self.kind = kind
            self.heads = heads
            self.kvHeads = kvHeads
            self.headDim = headDim
            self.qkvBias = qkvBias
            self.outputBias = outputBias
            self.qkNorm = qkNorm
            self.sinks = sinks
            self.slidingWindow = slidingWindow
            self.slidingAlternate = slidingAlternate
            self.mla = mla
        }
    }

    /// Multi-head latent attention ranks.
    public struct MLA: Sendable, Hashable {
        /// 0 when queries are projected directly.
        public var qLoraRank: Int
        public var kvLoraRank: Int
        public var qkNopeHeadDim: Int
        public var qkRopeHeadDim: Int
        public var vHeadDim: Int

        public init(qLoraRank: Int, kvLoraRank: Int, qkNopeHeadDim: Int, qkRopeHeadDim: Int, vHeadDim: Int) {
            self.qLoraRank = qLoraRank
            self.kvLoraRank = kvLoraRank
            self.qkNopeHeadDim = qkNopeHeadDim
            self.qkRopeHeadDim = qkRopeHeadDim
            self.vHeadDim = vHeadDim
        }
    }

    public struct MLP: Sendable, Hashable {
        /// Gated (SwiGLU/GeGLU) blocks have three matrices, plain ones two.
        public var gated: Bool
        public var intermediateSize: Int
        public var bias: Bool

        public init(gated: Bool, intermediateSize: Int, bias: Bool = false) {
            self.gated = gated
            self.intermediateSize = intermediateSize
            self.bias = bias
        }
    }

    public struct MoE: Sendable, Hashable {
        public var experts: Int
        public var expertsPerToken: Int
        public var sharedExperts: Int
        public var expertIntermediateSize: Int
        /// Leading layers that keep a dense MLP.
        public var denseLayers: Int
        public var routerBias: Bool
        public var expertBias: Bool

        public init(
            experts: Int, expertsPerToken: Int, sharedExperts: Int = 0, expertIntermediateSize: Int, denseLayers: Int = 0,
            routerBias: Bool = false, expertBias: Bool = false
        ) {
            self.experts = experts
            self.expertsPerToken = expertsPerToken
            self.sharedExperts = sharedExperts
            self.expertIntermediateSize = expertIntermediateSize
            self.denseLayers = denseLayers
            self.routerBias = routerBias
            self.expertBias = expertBias
        }
    }

    public init(
        hfArchitecture: String, layers: Int, hiddenSize: Int, vocabSize: Int, tieWordEmbeddings: Bool, maxContext: Int,
        layerNorm: Bool = false, normsPerLayer: Int = 2, attention: Attention, mlp: MLP?, moe: MoE? = nil, mtpLayers: Int = 0
    ) {
        self.hfArchitecture = hfArchitecture
        self.layers = layers
        self.hiddenSize = hiddenSize
        self.vocabSize = vocabSize
        self.tieWordEmbeddings = tieWordEmbeddings
        self.maxContext = maxContext
        self.layerNorm = layerNorm
        self.normsPerLayer = normsPerLayer
        self.attention = attention
        self.mlp = mlp
        self.moe = moe
        self.mtpLayers = mtpLayers
    }

    /// Layers whose feed-forward block is a mixture of experts.
    public var moeLayers: Int {
        guard let moe else { return 0 }
        return max(0, layers - moe.denseLayers)
    }

    /// Layers with a dense feed-forward block.
    public var denseLayers: Int { layers - moeLayers }
}
