import OAMCore

/// KV-cache bytes and attention-score FLOPs of a model, by attention kind.
///
/// KV per token and layer: `2·kv_heads·head_dim` elements for MHA/GQA/MQA, the compressed
/// latent `kv_lora_rank + qk_rope_head_dim` for MLA. Sliding-window layers keep at most
/// their window.
public struct AttentionCost: Sendable {
    public var architecture: ModelArchitecture
    /// Bytes of one cached element.
    public var kvBytes: Double

    public init(_ architecture: ModelArchitecture, kvPrecision: Precision) {
        self.architecture = architecture
        self.kvBytes = kvPrecision.bytesWithScales
    }

    /// KV bytes one token adds over all layers while the context is within every window
    /// (`2·L·kv_heads·head_dim·bytes`, or `L·(kv_lora_rank + rope)·bytes` for MLA).
    public var bytesPerToken: Double {
        Double(architecture.kvElementsPerTokenPerLayer * architecture.layers) * kvBytes
    }

    /// KV bytes of one sequence of `tokens` tokens over all layers (windows applied).
    public func sequenceBytes(tokens: Int) -> Double {
        architecture.kvElements(tokens: tokens) * kvBytes
    }

    /// Attention-score FLOPs of one decode token at context `context`, all layers, all
    /// heads: QKᵀ and PV, 2 FLOPs per multiply-add. MLA decodes in the absorbed form over
    /// the latent: `2·heads·c·(2·kv_lora + rope)` per layer.
    public func decodeFLOPs(context: Double) -> Double {
        let a = architecture.attention
        let perLayerPerPosition: Double
        if let mla = a.mla {
            perLayerPerPosition = 2 * Double(a.heads) * Double(2 * mla.kvLoraRank + mla.qkRopeHeadDim)
        } else {
            perLayerPerPosition = 4 * Double(a.heads * a.headDim)
        }
        return perLayerPerPosition * positions(context)
    }

    /// Attention-score FLOPs of a causal prefill of `tokens` tokens, all layers:
    /// `2·pairs·heads·(d_qk + d_v)` per layer, pairs = T²/2 (or T·w − w²/2 in a window).
    public func prefillFLOPs(tokens: Int) -> Double {
        let a = architecture.attention
        let dims: Double
        if let mla = a.mla {
            dims = Double(mla.qkNopeHeadDim + mla.qkRopeHeadDim + mla.vHeadDim)
        } else {
            dims = Double(2 * a.headDim)
        }
        let t = Double(tokens)
        func pairs(_ window: Double?) -> Double {
            guard let w = window, t > w else { return t * t / 2 }
            return t * w - w * w / 2
        }
        let sliding = Double(architecture.slidingLayers)
        let full = Double(architecture.layers) - sliding
        let total = full * pairs(nil) + sliding * pairs(a.slidingWindow.map(Double.init))
        return 2 * total * Double(a.heads) * dims
    }

    /// Positions attended over all layers at context `context` (sliding layers capped).
    private func positions(_ context: Double) -> Double {
        let sliding = Double(architecture.slidingLayers)
        let full = Double(architecture.layers) - sliding
        let window = architecture.attention.slidingWindow.map { min(Double($0), context) } ?? 0
        return full * context + sliding * window
    }
}
