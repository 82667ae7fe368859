/// Memory of one device under a plan, at the planned batch, in bytes.
public struct ModuleMemory: Sendable {
    /// Weights on the fullest pipeline stage.
    public var weights: Double
    /// KV cache of the planned sequences on that stage.
    public var kvCache: Double
    /// Activation workspace the engine reserves (profiled at its token budget).
    public var activations: Double
    /// Usable bytes: exposed × memory utilisation − engine overhead.
    public var usable: Double
    /// KV of one full-length sequence on one device of the fullest stage.
    public var kvPerSequence: Double
    /// Sequences each replica runs (the workload's share, or the most that fit).
    public var sequencesPerReplica: Int
    /// Most sequences a replica's KV room holds at full context; `nil` when the model keeps
    /// no KV cache on any stage (any number fits).
    public var maxSequencesPerReplica: Int?
    /// The fullest stage (0-based).
    public var stage: Int

    public var total: Double { weights + kvCache + activations }
    public var fits: Bool { total <= usable && sequencesPerReplica >= 1 }
    public var free: Double { usable - total }
}
