import OAMCore

/// The bytes of the layer kinds a KV-cache figure counted, for `oam fit --explain`: which
/// layers keep a capped cache, which a fixed state, and what a sparse-attention indexer
/// adds (`ModelArchitecture.layerKindSummary` names the kinds).
enum LayerKindText {
    /// One line per kind whose bytes are not simply per token: capped windows and chunks,
    /// linear-attention states, the indexer's key cache.
    static func details(_ a: ModelArchitecture, attention: AttentionCost) -> [String] {
        var lines: [String] = []
        if let w = a.attention.slidingWindow, a.layerCount(.sliding) > 0 {
            lines.append("\(a.layerCount(.sliding)) sliding-window layers keep at most \(w) tokens")
        }
        if let c = a.attention.chunkSize, a.layerCount(.chunked) > 0 {
            lines.append("\(a.layerCount(.chunked)) chunked layers keep at most one \(c)-token chunk")
        }
        if let linear = a.attention.linear, a.layerCount(.linear) > 0 {
            lines.append(
                "\(a.layerCount(.linear)) linear-attention layers × (state \(linear.valueHeads)·\(linear.keyHeadDim)·\(linear.valueHeadDim) + conv \(linear.convKernel - 1)·\(linear.convChannels)) elements × \(attention.stateBytes) B = \(NumberText.grouped(attention.stateBytesPerSequence)) B per sequence, whatever its length"
            )
        }
        if let indexer = a.attention.indexer {
            lines.append(
                "sparse-attention indexer: \(a.kvCacheLayers) layers × (\(indexer.headDim) FP8 + \(indexer.keyBytesPerToken - indexer.headDim) fp32-scale) B = \(NumberText.grouped(Double(a.indexerBytesPerToken))) B per token on top of the latent, whatever --kv is"
            )
        }
        return lines
    }
}
