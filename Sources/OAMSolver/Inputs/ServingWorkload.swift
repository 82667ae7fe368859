import OAMCore

/// What a serving deployment must hold and how fast it should answer.
public struct ServingWorkload: Sendable, Hashable {
    /// Prompt tokens per request.
    public var inputTokens: Int
    /// Generated tokens per request.
    public var outputTokens: Int
    /// Concurrent sequences the deployment must hold, summed over replicas.
    public var batch: Int
    /// When true, `batch` is ignored and each plan is credited with as many sequences as
    /// its KV-cache room holds (offline-throughput style), capped at `maxBatchPerReplica`.
    public var maximizeBatch: Bool
    /// Cap on sequences one replica runs at once when `maximizeBatch` is set; `nil` = the
    /// engine default (`SolverDefaults.maxSequences`).
    public var maxBatchPerReplica: Int?
    /// Weight storage; `nil` = the checkpoint's own format.
    public var weights: WeightFormat?
    /// KV-cache storage precision; `nil` = the checkpoint's activation precision.
    public var kvPrecision: Precision?
    /// Fraction of module memory the serving engine may use (vLLM's
    /// `gpu_memory_utilization`, default 0.9).
    public var memoryUtilization: Double
    /// Target: longest acceptable time to first token, in seconds.
    public var maxTimeToFirstToken: Double?
    /// Target: slowest acceptable generation speed per user, in tokens/s.
    public var minTokensPerSecondPerUser: Double?

    public init(
        inputTokens: Int = 1024, outputTokens: Int = 1024, batch: Int = 1, maximizeBatch: Bool = false,
        maxBatchPerReplica: Int? = nil, weights: WeightFormat? = nil, kvPrecision: Precision? = nil,
        memoryUtilization: Double = 0.9, maxTimeToFirstToken: Double? = nil, minTokensPerSecondPerUser: Double? = nil
    ) {
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.batch = batch
        self.maximizeBatch = maximizeBatch
        self.maxBatchPerReplica = maxBatchPerReplica
        self.weights = weights
        self.kvPrecision = kvPrecision
        self.memoryUtilization = memoryUtilization
        self.maxTimeToFirstToken = maxTimeToFirstToken
        self.minTokensPerSecondPerUser = minTokensPerSecondPerUser
    }

    /// Tokens one sequence keeps in its KV cache at the end of generation (saturating).
    public var contextTokens: Int {
        let (sum, overflow) = inputTokens.addingReportingOverflow(outputTokens)
        return overflow ? Int.max : sum
    }

    /// The latency limits in seconds: `maxTimeToFirstToken` and the inverse of
    /// `minTokensPerSecondPerUser` (`--max-tpot`).
    public var latencyTargets: LatencyTargets {
        LatencyTargets(timeToFirstToken: maxTimeToFirstToken, timePerOutputToken: minTokensPerSecondPerUser.map { 1 / $0 })
    }

    /// Average context during generation (prompt plus half the output), in tokens.
    public var averageDecodeContext: Double { Double(inputTokens) + Double(outputTokens) / 2 }
}
