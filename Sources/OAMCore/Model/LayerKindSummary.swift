extension ModelArchitecture {
    /// The layer kinds in words, for `oam show` and `oam fit --explain`:
    /// "10 full attention, 52 sliding-window (≤ 1024 tokens)".
    public var layerKindSummary: String {
        LayerKind.allCases.compactMap { kind -> String? in
            let count = layerCount(kind)
            guard count > 0 else { return nil }
            switch kind {
            case .full: return "\(count) \(kind.rawValue)\(attention.indexer.map { " (sparse: top \($0.topK) positions)" } ?? "")"
            case .sliding: return "\(count) \(kind.rawValue) (≤ \(attention.slidingWindow ?? 0) tokens)"
            case .chunked: return "\(count) \(kind.rawValue) (≤ \(attention.chunkSize ?? 0)-token chunks)"
            case .linear: return "\(count) \(kind.rawValue) (fixed state per sequence)"
            }
        }.joined(separator: ", ")
    }
}
