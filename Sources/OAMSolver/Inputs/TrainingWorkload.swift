import OAMCore

/// A pre-training or fine-tuning run to size.
public struct TrainingWorkload: Sendable, Hashable {
    /// Tokens to train on (D in 6·N·D).
    public var tokens: Double
    /// Target wall-clock duration in days; the solver finds the modules it needs.
    public var days: Double?
    public var optimizer: Optimizer
    /// ZeRO stage 0–3: 1 shards optimizer states, 2 also gradients, 3 also parameters,
    /// over the data-parallel ranks.
    public var zeroStage: Int
    public var recompute: ActivationRecompute
    /// Precision the matrix math runs in: bf16 (default) or fp8.
    public var mixedPrecision: Precision
    /// Model FLOPs utilisation to assume instead of the default.
    public var mfu: Double?
    /// Tokens per training sequence.
    public var sequenceLength: Int
    /// Sequences per micro-batch per data-parallel rank.
    public var microBatch: Int
    /// Fraction of module memory training may use (allocator headroom).
    public var memoryUtilization: Double

    public init(
        tokens: Double, days: Double? = nil, optimizer: Optimizer = .adamw, zeroStage: Int = 1,
        recompute: ActivationRecompute = .selective, mixedPrecision: Precision = .bf16, mfu: Double? = nil,
        sequenceLength: Int = 4096, microBatch: Int = 1, memoryUtilization: Double = 0.9
    ) {
        self.tokens = tokens
        self.days = days
        self.optimizer = optimizer
        self.zeroStage = zeroStage
        self.recompute = recompute
        self.mixedPrecision = mixedPrecision
        self.mfu = mfu
        self.sequenceLength = sequenceLength
        self.microBatch = microBatch
        self.memoryUtilization = memoryUtilization
    }
}
