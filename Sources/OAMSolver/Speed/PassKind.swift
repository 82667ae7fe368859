/// What one pass through a pipeline stage computes.
enum PassKind: Sendable, Hashable {
    /// One token per sequence, reading the KV cache at the decode context.
    case decode
    /// One prompt alone (time to first token): weights read once, causal attention.
    case prompt
    /// A prompt amortised over many in flight: no weight reads, no collective latency,
    /// attention spread over the DP-attention ranks, GEMMs at the engine's token budget.
    case batchedPrompt
}
