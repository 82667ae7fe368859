import OAMCore

/// KV-cache bytes and attention-score FLOPs of a model, by layer kind.
///
/// KV per token and layer: `2·kv_heads·head_dim` elements for MHA/GQA/MQA, the compressed
/// latent `kv_lora_rank + qk_rope_head_dim` for MLA. Sliding-window and chunked layers keep
/// at most their window or chunk; linear-attention layers keep a fixed state per sequence
/// instead; a sparse-attention indexer adds its own FP8 key cache on every attention layer.
public struct AttentionCost: Sendable {
    public var architecture: ModelArchitecture
    /// Bytes of one cached element.
    public var kvBytes: Double
    /// Bytes of one element of a linear-attention layer's recurrent and convolution state:
    /// the KV precision, but never narrower than bf16 (engines keep the state of
    /// Gated DeltaNet layers in the model's dtype when the KV cache is quantized, since the
    /// state accumulates over the whole sequence).
    public var stateBytes: Double

    public init(_ architecture: ModelArchitecture, kvPrecision: Precision) {
        self.architecture = architecture
        self.kvBytes = kvPrecision.bytesWithScales
        self.stateBytes = max(kvPrecision.bytes, Precision.bf16.bytes)
    }

    /// KV bytes one token adds over all layers while the context is within every window
    /// (`2·L·kv_heads·head_dim·bytes`, or `L·(kv_lora_rank + rope)·bytes` for MLA, over the
    /// layers that keep a KV cache), plus the indexer's key bytes.
    public var bytesPerToken: Double {
        Double(architecture.kvElementsPerTokenPerLayer * architecture.kvCacheLayers) * kvBytes
            + Double(architecture.indexerBytesPerToken)
    }

    /// Query and output elements of one token, all heads, averaged over the layers: the
    /// attention kernel reads each head's query and writes its output, the activations it
    /// moves besides the KV cache. Softmax layers (full, sliding, chunked) carry
    /// `heads·2·head_dim`; MLA in the form each pass runs, a prompt's heads `nope + rope` query
    /// and `v` output elements, a decode step's absorbed heads a `kv_lora + rope` query and a
    /// `kv_lora` output over the latent (as `decodeFLOPs`); a linear-attention layer reads
    /// `key_heads·key_head_dim` and writes `value_heads·value_head_dim`.
    func queryOutputElementsPerLayer(_ pass: PassKind) -> Double {
        let a = architecture.attention
        let softmax: Int
        if let mla = a.mla {
            let perHead =
                pass == .decode ? 2 * mla.kvLoraRank + mla.qkRopeHeadDim : mla.qkNopeHeadDim + mla.qkRopeHeadDim + mla.vHeadDim
            softmax = a.heads * perHead
        } else {
            softmax = a.heads * 2 * a.headDim
        }
        let linear = a.linear.map { $0.keyHeads * $0.keyHeadDim + $0.valueHeads * $0.valueHeadDim } ?? 0
        let layers = ModelArchitecture.LayerKind.allCases.reduce(0.0) { total, kind in
            total + Double(architecture.layerCount(kind)) * Double(kind == .linear ? linear : softmax)
        }
        return architecture.layers > 0 ? layers / Double(architecture.layers) : 0
    }

    /// Bytes of the linear-attention states of one sequence, whatever its length.
    public var stateBytesPerSequence: Double {
        Double(architecture.stateElementsPerSequence) * stateBytes
    }

    /// Cache and state bytes of one sequence of `tokens` tokens over all layers (windows and
    /// chunks applied, linear-attention states and indexer keys included).
    public func sequenceBytes(tokens: Int) -> Double {
        architecture.kvElements(tokens: tokens) * kvBytes + Double(architecture.indexerBytesPerToken) * Double(tokens)
            + stateBytesPerSequence
    }

    /// Attention-score FLOPs of one decode token at context `context`, all layers, all
    /// heads: QKᵀ and PV, 2 FLOPs per multiply-add. MLA decodes in the absorbed form over
    /// the latent: `2·heads·c·(2·kv_lora + rope)` per layer, over at most `top_k` positions
    /// with a sparse indexer, whose own scoring costs `2·index_heads·index_head_dim` per
    /// position. A Gated DeltaNet layer updates and reads its state: about three
    /// multiply-adds per state element (decay-and-correct, rank-1 write, query readout).
    public func decodeFLOPs(context: Double) -> Double {
        let a = architecture.attention
        let perLayerPerPosition: Double
        if let mla = a.mla {
            perLayerPerPosition = 2 * Double(a.heads) * Double(2 * mla.kvLoraRank + mla.qkRopeHeadDim)
        } else {
            perLayerPerPosition = 4 * Double(a.heads * a.headDim)
        }
        var flops = perLayerPerPosition * positions(context)
        if let indexer = a.indexer {
            flops += 2 * Double(indexer.heads * indexer.headDim) * context * Double(architecture.kvCacheLayers)
        }
        return flops + recurrentFLOPsPerToken
    }

    /// Attention-score FLOPs of a causal prefill of `tokens` tokens, all layers:
    /// `2·pairs·heads·(d_qk + d_v)` per layer, pairs = T²/2 (or T·w − w²/2 in a window, or
    /// per chunk C²/2 for whole chunks plus r²/2 for the rest, or K²/2 + (T − K)·K when an
    /// indexer keeps the top K), plus the indexer's own T²/2 scores and the recurrences.
    public func prefillFLOPs(tokens: Int) -> Double {
        let a = architecture.attention
        let dims: Double
        if let mla = a.mla {
            dims = Double(mla.qkNopeHeadDim + mla.qkRopeHeadDim + mla.vHeadDim)
        } else {
            dims = Double(2 * a.headDim)
        }
        let t = Double(tokens)
        func pairs(_ kind: ModelArchitecture.LayerKind) -> Double {
            switch kind {
            case .full:
                guard let k = a.indexer.map({ Double($0.topK) }), t > k else { return t * t / 2 }
                return k * k / 2 + (t - k) * k
            case .sliding:
                guard let w = a.slidingWindow.map(Double.init), t > w else { return t * t / 2 }
                return t * w - w * w / 2
            case .chunked:
                guard let c = a.chunkSize.map(Double.init), t > c else { return t * t / 2 }
                let whole = (t / c).rounded(.down)
                let rest = t - whole * c
                return whole * c * c / 2 + rest * rest / 2
            case .linear:
                return 0
            }
        }
        let total = ModelArchitecture.LayerKind.allCases.reduce(0.0) {
            $0 + Double(architecture.layerCount($1)) * pairs($1)
        }
        var flops = 2 * total * Double(a.heads) * dims + recurrentFLOPsPerToken * t
        if let indexer = a.indexer {
            flops += 2 * (t * t / 2) * Double(indexer.heads * indexer.headDim) * Double(architecture.kvCacheLayers)
        }
        return flops
    }

    /// State FLOPs of one token over all linear-attention layers: 3 multiply-adds (6 FLOPs)
    /// per recurrent-state element.
    private var recurrentFLOPsPerToken: Double {
        6 * Double(architecture.attention.linear?.recurrentStateElements ?? 0) * Double(architecture.layerCount(.linear))
    }

    /// Positions the main attention reads over all layers at context `context` (sliding
    /// and chunked layers capped at their window or chunk, an indexer's layers at top K).
    private func positions(_ context: Double) -> Double {
        let a = architecture.attention
        return ModelArchitecture.LayerKind.allCases.reduce(0.0) { sum, kind in
            var read: Double
            switch kind {
            case .full: read = a.indexer.map { min(Double($0.topK), context) } ?? context
            case .sliding: read = a.slidingWindow.map { min(Double($0), context) } ?? context
            case .chunked: read = a.chunkSize.map { min(Double($0), context) } ?? context
            case .linear: read = 0
            }
            return sum + Double(architecture.layerCount(kind)) * read
        }
    }
}
