/// The lightning indexer of DeepSeek Sparse Attention (DeepSeek-V3.2, `index_n_heads`,
/// `index_head_dim`, `index_topk`): a few cheap heads score every cached position, and the
/// main (MLA) attention then reads only the `topK` best.
///
/// Every position must stay cached, since any may be selected later, so the indexer adds
/// its own key cache on top of the MLA latent rather than replacing it: one `head_dim`
/// key per token and layer, stored as FP8 (E4M3, 1 byte per element) with one fp32 scale
/// per 128 elements (`k_cache` and `k_scale_cache` of DeepSeek's reference inference code,
/// whose quantisation block is 128).
public struct SparseIndexer: Sendable, Hashable {
    public var heads: Int
    public var headDim: Int
    /// Positions each query attends to in the main attention.
    public var topK: Int

    /// Elements per fp32 scale of the FP8 index keys.
    public static let scaleBlock = 128

    public init(heads: Int, headDim: Int, topK: Int) {
        self.heads = heads
        self.headDim = headDim
        self.topK = topK
    }

    /// Bytes of the index-key cache per token and layer: `head_dim` FP8 bytes plus 4 bytes
    /// of fp32 scale per started block of 128 (128 + 4 = 132 for DeepSeek-V3.2). Fixed by the
    /// model, whatever precision the KV cache uses.
    public var keyBytesPerToken: Int {
        headDim + 4 * ((headDim + Self.scaleBlock - 1) / Self.scaleBlock)
    }

    /// Parameters of one indexer (DeepSeek's reference `Indexer`): the query projection from
    /// the compressed query `q_lora_rank → heads·head_dim`, the key projection
    /// `hidden → head_dim`, the key LayerNorm (weight and bias) and the per-head weight
    /// projection `hidden → heads`, none with biases.
    public func parameters(hidden: Int, qLoraRank: Int) -> Int {
        let queryInput = qLoraRank > 0 ? qLoraRank : hidden
        return queryInput * heads * headDim + hidden * headDim + 2 * headDim + hidden * heads
    }
}
