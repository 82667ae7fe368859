/// The operating point a latency-bounded search chose for one plan: how many sequences each
/// replica runs, the Poisson load it accepts, and the modelled p99 TTFT and TPOT there.
public struct LoadPoint: Sendable, Hashable {
    /// Sequences in flight per replica (the batch slots).
    public var concurrency: Int
    /// Requests per second the whole deployment accepts.
    public var requestsPerSecond: Double
    /// Fraction of the slots' capacity that load uses.
    public var utilisation: Double
    /// Modelled p99 time to first token: the idle prompt pass plus the p99 wait for a slot, s.
    public var timeToFirstToken: Double
    /// Modelled p99 over requests of each request's time per output token: the decode step
    /// plus the p99 count of the other sequences' prompt passes (chunked prefill shares the
    /// modules; `LatencyBoundedLoad`), s.
    public var timePerOutputToken: Double
    /// The limit that stops more throughput.
    public var binding: LatencyLimit
}
