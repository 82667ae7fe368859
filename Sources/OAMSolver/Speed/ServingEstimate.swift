import OAMCore

/// How fast a plan serves, from the roofline model.
public struct ServingEstimate: Sendable {
    /// Time to first token of a request arriving at an idle replica (no queueing), s.
    public var timeToFirstToken: Double
    /// Time between output tokens of one sequence at the planned batch, s.
    public var timePerOutputToken: Double
    /// Prompt tokens per second the deployment processes when busy.
    public var prefillTokensPerSecond: Double
    /// Output tokens per second over all sequences in steady decode.
    public var decodeTokensPerSecond: Double
    /// Output tokens per second with prompt processing interleaved (what offline
    /// throughput benchmarks count).
    public var outputTokensPerSecond: Double
    /// Useful FLOP/s (2·N_active per token, prompt and output) / peak FLOP/s of the
    /// devices used, at the peak of the precision most matmuls run in.
    public var modelComputeEfficiency: Double
    public var bottleneck: Bottleneck
    /// The slowest stage's decode step and prompt pass.
    public var decodeStep: StepTime
    public var prefillStep: StepTime
    /// Idle fraction of pipeline stages when the batch is smaller than the stage count.
    public var pipelineBubble: Double
    /// Pipeline stages a token passes through.
    public var pipelineStages: Int
    /// Sequences per replica the estimate assumes.
    public var sequencesPerReplica: Int
    /// Peaks and bandwidth used (per device).
    public var peakUsed: Double
    public var peakPrecision: Precision
    /// The latency-bounded operating point when the query set TTFT/TPOT limits (then
    /// `timeToFirstToken` is its p99 with queueing, `timePerOutputToken` its p99 over requests
    /// with the other sequences' prompt passes interleaved and `outputTokensPerSecond` the
    /// accepted load's); `nil` without limits.
    public var load: LoadPoint? = nil

    public var tokensPerSecondPerUser: Double { 1 / timePerOutputToken }
}
