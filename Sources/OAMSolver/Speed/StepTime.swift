/// One forward step on one device, split into the roofline terms, in seconds.
public struct StepTime: Sendable, Hashable {
    /// Weight bytes read / sustained bandwidth.
    public var weightReads: Double = 0
    /// Linear-layer FLOPs / sustained peak (quantized part at its own peak).
    public var linearCompute: Double = 0
    /// KV bytes read / sustained bandwidth.
    public var kvReads: Double = 0
    /// Attention-score FLOPs / sustained peak.
    public var attentionCompute: Double = 0
    /// Collectives (not overlapped with compute).
    public var communication: Double = 0

    public init() {}

    /// Linear layers and attention each take the larger of their memory and compute
    /// times (per-operator roofline); communication adds.
    public var total: Double {
        max(weightReads, linearCompute) + max(kvReads, attentionCompute) + communication
    }

    /// The largest single term.
    public var dominant: Bottleneck {
        let linear = max(weightReads, linearCompute)
        let attention = max(kvReads, attentionCompute)
        if communication >= linear && communication >= attention { return .communication }
        if linear >= attention { return weightReads >= linearCompute ? .weightsBandwidth : .compute }
        return kvReads >= attentionCompute ? .kvCacheBandwidth : .compute
    }
}
