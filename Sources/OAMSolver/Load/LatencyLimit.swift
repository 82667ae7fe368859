/// What stops a latency-bounded deployment from serving more (reported as "binds").
public enum LatencyLimit: String, Sendable, Hashable, Codable {
    /// The p99 time to first token: more offered load would queue requests past the limit.
    case timeToFirstToken = "ttft"
    /// The time per output token: more sequences in flight would slow every user past it.
    case timePerOutputToken = "tpot"
    /// Neither limit: the KV-cache room, the engine's sequence cap or an explicit `--batch`
    /// bounds the concurrency.
    case concurrency
}
