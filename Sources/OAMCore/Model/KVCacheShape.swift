/// Which attention each layer uses, and how much cache or state it keeps, by kind.
extension ModelArchitecture {
    /// How a layer attends, which decides what it keeps per sequence.
    public enum LayerKind: String, Sendable, Hashable, CaseIterable {
        /// Every position: a KV cache growing with the context.
        case full = "full attention"
        /// The last `sliding_window` positions: a cache capped at the window.
        case sliding = "sliding-window"
        /// The positions of the current fixed-size chunk: a cache capped at the chunk.
        case chunked = "chunked local attention"
        /// A recurrence: a fixed state per sequence, no per-token cache.
        case linear = "linear attention (Gated DeltaNet)"
    }

    /// The kind of the layers that are not full attention, or `nil` when all are.
    public var localKind: LayerKind? {
        if attention.linear != nil { return .linear }
        if attention.chunkSize != nil { return .chunked }
        if attention.slidingWindow != nil { return .sliding }
        return nil
    }

    /// The kind of layer `index` (from 0).
    public func layerKind(_ index: Int) -> LayerKind {
        guard let local = localKind else { return .full }
        guard let interval = attention.fullAttentionInterval, interval > 0 else { return local }
        return (index + 1) % interval == 0 ? .full : local
    }

    /// Layers of `kind`.
    public func layerCount(_ kind: LayerKind) -> Int {
        guard let local = localKind else { return kind == .full ? layers : 0 }
        let interval = attention.fullAttentionInterval ?? 0
        let full = interval > 0 ? layers / interval : 0
        switch kind {
        case .full: return full
        case local: return layers - full
        default: return 0
        }
    }

    /// Cached elements per token in one attention layer that keeps a KV cache:
    /// `2·kv_heads·head_dim` for MHA/GQA/MQA, or the compressed latent
    /// `kv_lora_rank + qk_rope_head_dim` for MLA.
    public var kvElementsPerTokenPerLayer: Int {
        if let mla = attention.mla { return mla.kvLoraRank + mla.qkRopeHeadDim }
        return 2 * attention.kvHeads * attention.headDim
    }

    /// Layers that keep a sliding window instead of the whole context.
    public var slidingLayers: Int { layerCount(.sliding) }

    /// Layers that keep a KV cache (every kind but linear attention).
    public var kvCacheLayers: Int { layers - layerCount(.linear) }

    /// Tokens one sequence of `tokens` tokens keeps cached in one layer of `kind`: all of
    /// them for full attention, at most the window or the chunk for local layers, none for
    /// linear attention.
    public func cachedTokens(_ kind: LayerKind, tokens: Int) -> Int {
        switch kind {
        case .full: return tokens
        case .sliding: return min(attention.slidingWindow ?? tokens, tokens)
        case .chunked: return min(attention.chunkSize ?? tokens, tokens)
        case .linear: return 0
        }
    }

    /// Cached KV elements for one sequence of `tokens` tokens over all layers, with
    /// sliding and chunked layers capped at their window or chunk (the most a sequence holds
    /// at any step of its generation).
    public func kvElements(tokens: Int) -> Double {
        let perLayer = Double(kvElementsPerTokenPerLayer)
        let tokenLayers = LayerKind.allCases.reduce(0.0) {
            $0 + Double(layerCount($1)) * Double(cachedTokens($1, tokens: tokens))
        }
        return perLayer * tokenLayers
    }

    /// KV elements per token when no window applies (the marginal cost of one more token in
    /// a long context, over full-attention layers only).
    public var kvElementsPerToken: Int {
        kvElementsPerTokenPerLayer * layerCount(.full)
    }

    /// Recurrent and convolution state elements one sequence holds over all linear-attention
    /// layers, whatever its length.
    public var stateElementsPerSequence: Int {
        (attention.linear?.stateElementsPerSequence ?? 0) * layerCount(.linear)
    }

    /// Bytes of the sparse-attention indexer's key cache per token over all layers (FP8 keys
    /// and their fp32 scales; 0 without an indexer).
    public var indexerBytesPerToken: Int {
        (attention.indexer?.keyBytesPerToken ?? 0) * kvCacheLayers
    }
}
