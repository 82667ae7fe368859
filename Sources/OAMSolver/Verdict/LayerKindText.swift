import OAMCore

/// The layer kinds a KV-cache figure counted, in words, for `oam fit --explain`: which
/// layers keep a cache of every token, which a capped one, which a fixed state, and what
/// a sparse-attention indexer adds.
enum LayerKindText {
    /// "52 sliding-window (≤ 1024 tokens), 10 full attention".
    static func summary(_ a: ModelArchitecture) -> String {
        ModelArchitecture.LayerKind.allCases.compactMap { kind -> String? in
            let count = a.layerCount(kind)
            guard count > 0 else { return nil }
            switch kind {
            case .full:
                return "\(count) \(kind.rawValue)\(a.attention.indexer.map { " (sparse: top \($0.topK) positions)" } ?? "")"
            case .sliding: return "\(count) \(kind.rawValue) (≤ \(a.attention.slidingWindow ?? 0) tokens)"
            case .chunked: return "\(count) \(kind.rawValue) (≤ \(a.attention.chunkSize ?? 0)-token chunks)"
            case .linear: return "\(count) \(kind.rawValue) (fixed state per sequence)"
            }
        }.joined(separator: ", ")
    }

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
