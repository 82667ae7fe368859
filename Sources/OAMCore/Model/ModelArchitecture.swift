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
    /// The image encoder of a multimodal checkpoint: listed, not served (the language model
    /// is what the solver sizes).
    public var vision: VisionTower?

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
        /// Whether the q/k norm spans one head (`head_dim` weights each, Qwen3) or the whole
        /// projection (`heads·head_dim` and `kv_heads·head_dim` weights, MiniMax-M2).
        public var qkNormPerLayer: Bool
        /// q_proj also produces a sigmoid output gate of the same width (Qwen3-Next's gated
        /// attention): twice the query rows.
        public var outputGate: Bool
        public var sinks: Bool
        /// Window of the sliding-window layers, in tokens (the local layers then slide).
        public var slidingWindow: Int?
        /// Chunk of the chunked local-attention layers, in tokens (Llama 4's RoPE layers attend
        /// only within their fixed-size chunk of the sequence).
        public var chunkSize: Int?
        /// Shape of the linear-attention layers (Qwen3-Next's Gated DeltaNet), which keep a
        /// fixed-size state per sequence instead of a cache per token.
        public var linear: LinearAttention?
        /// Layer `i` (from 0) is full attention when `(i + 1)` is a multiple of this, the
        /// others are local (sliding, chunked or linear); `nil` makes every layer local when a
        /// local kind is set. 2 is Gemma 2's and gpt-oss's alternation, 6 Gemma 3's 5:1.
        public var fullAttentionInterval: Int?
        /// The lightning indexer of DeepSeek Sparse Attention (DeepSeek-V3.2): each query
        /// attends to the `topK` positions it scores highest, over a small key cache of its own.
        public var indexer: SparseIndexer?
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
            self.qkNormPerLayer = false
            self.outputGate = false
            self.sinks = sinks
            self.slidingWindow = slidingWindow
            self.fullAttentionInterval = slidingAlternate ? 2 : nil
            self.mla = mla
        }

        /// True when every other layer (starting with the first) is local: Gemma 2's and
        /// gpt-oss's pattern.
        public var slidingAlternate: Bool { fullAttentionInterval == 2 }
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
        /// After the leading dense layers, layer `i` (from 0) is MoE when `(i + 1)` is a
        /// multiple of this, dense otherwise (Llama 4 Maverick: 2, every other layer).
        public var interval: Int
        public var routerBias: Bool
        public var expertBias: Bool
        /// A sigmoid gate (`hidden → 1`) scales the shared expert's output (Qwen3-Next).
        public var sharedExpertGate: Bool

        public init(
            experts: Int, expertsPerToken: Int, sharedExperts: Int = 0, expertIntermediateSize: Int, denseLayers: Int = 0,
            routerBias: Bool = false, expertBias: Bool = false
        ) {
            self.experts = experts
            self.expertsPerToken = expertsPerToken
            self.sharedExperts = sharedExperts
            self.expertIntermediateSize = expertIntermediateSize
            self.denseLayers = denseLayers
            self.interval = 1
            self.routerBias = routerBias
            self.expertBias = expertBias
            self.sharedExpertGate = false
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
    public var moeLayers: Int { moeLayers(in: 0..<max(0, layers)) }

    /// MoE layers among the layer indices `range` (from 0), counted without visiting each
    /// layer (the plan search asks this for every stage of every plan it times): after the
    /// leading dense layers, layer `i` is MoE when `i + 1` is a multiple of the interval `k`
    /// (`isMoELayer`), so the range holds the multiples of `k` in `(low, upper]` with
    /// `low = max(lower, dense layers)`: `⌊upper/k⌋ − ⌊low/k⌋`.
    public func moeLayers(in range: Range<Int>) -> Int {
        guard let moe else { return 0 }
        let k = max(1, moe.interval)
        let low = max(0, range.lowerBound, moe.denseLayers)
        guard range.upperBound > low else { return 0 }
        return range.upperBound / k - low / k
    }

    /// Whether layer `index` (from 0) has a mixture-of-experts feed-forward block.
    public func isMoELayer(_ index: Int) -> Bool {
        guard let moe, index >= moe.denseLayers else { return false }
        return (index + 1) % max(1, moe.interval) == 0
    }

    /// Layers with a dense feed-forward block.
    public var denseLayers: Int { layers - moeLayers }
}
