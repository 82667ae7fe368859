/// How much key/value cache a model keeps per token, by attention kind.
extension ModelArchitecture {
    /// Cached elements per token in one full-attention layer: `2·kv_heads·head_dim` for
    /// MHA/GQA/MQA, or the compressed latent `kv_lora_rank + qk_rope_head_dim` for MLA.
    public var kvElementsPerTokenPerLayer: Int {
        if let mla = attention.mla { return mla.kvLoraRank + mla.qkRopeHeadDim }
        return 2 * attention.kvHeads * attention.headDim
    }

    /// Layers that keep a sliding window instead of the whole context.
    public var slidingLayers: Int {
        guard attention.slidingWindow != nil else { return 0 }
        return attention.slidingAlternate ? (layers + 1) / 2 : layers
    }

    /// Cached elements for one sequence of `tokens` tokens over all layers, with sliding
    /// layers capped at their window.
    public func kvElements(tokens: Int) -> Double {
        let perLayer = Double(kvElementsPerTokenPerLayer)
        let full = Double(layers - slidingLayers) * Double(tokens)
        let window = attention.slidingWindow.map { min($0, tokens) } ?? 0
        let sliding = Double(slidingLayers) * Double(window)
        return perLayer * (full + sliding)
    }

    /// Cached elements per token when no window applies (the marginal cost of one more
    /// token in a long context, over full-attention layers only).
    public var kvElementsPerToken: Int {
        kvElementsPerTokenPerLayer * (layers - slidingLayers)
    }
}
