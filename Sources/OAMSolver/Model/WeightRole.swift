/// What a weight tensor is, which decides how a parallel plan shards it and whether a
/// quantized checkpoint stores it narrow.
public enum WeightRole: Int, Sendable, Hashable, CaseIterable {
    /// Query and output projections (and their head-wise biases, sinks): split by TP.
    case attentionHeads
    /// Key/value projections: split by TP up to the KV-head count, replicated beyond.
    case attentionKV
    /// MLA down-projections (q_a, kv_a): replicated on every TP rank.
    case attentionReplicated
    /// Dense feed-forward blocks: split by TP.
    case denseMLP
    /// Shared experts: split by TP.
    case sharedExperts
    /// Routed experts: split by EP (whole experts) or TP (slices).
    case routedExperts
    /// Routers, norms and vectors added after a reduction: replicated.
    case replicated
    /// Input embedding table: vocabulary-parallel.
    case embedding
    /// Output head: vocabulary-parallel.
    case lmHead

    /// True for the roles a block-linear quantized checkpoint stores narrow.
    var isBlockLinear: Bool {
        switch self {
        case .attentionHeads, .attentionKV, .attentionReplicated, .denseMLP, .sharedExperts, .routedExperts: return true
        case .replicated, .embedding, .lmHead: return false
        }
    }
}
