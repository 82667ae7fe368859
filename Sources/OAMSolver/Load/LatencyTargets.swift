/// The latency limits a serving query asks for, in seconds (`nil` = no limit): the p99 time
/// to first token and the time per output token (`--max-tpot`, or the inverse of
/// `--min-tokens-per-second-per-user`).
public struct LatencyTargets: Sendable, Hashable {
    public var timeToFirstToken: Double?
    public var timePerOutputToken: Double?

    /// The quantile MLPerf Inference's Server and Interactive scenarios bound (99th percentile).
    public static let quantile = 0.99

    public init(timeToFirstToken: Double?, timePerOutputToken: Double?) {
        self.timeToFirstToken = timeToFirstToken
        self.timePerOutputToken = timePerOutputToken
    }

    public var isEmpty: Bool { timeToFirstToken == nil && timePerOutputToken == nil }
}
