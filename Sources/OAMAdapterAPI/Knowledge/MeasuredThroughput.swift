/// A measured sustained rate (a GEMM benchmark's FLOP/s, a STREAM triad's B/s), kept
/// absolute so the reported fraction always uses the registry's current peak.
public struct MeasuredThroughput: Sendable, Hashable {
    /// The measured rate per logical device: FLOP/s for compute, B/s for memory.
    public var perDevice: Double
    /// For compute: the precision of the benchmark, whose dense peak is the denominator.
    public var precision: Precision?
    public var source: String
    public var tier: EvidenceTier
    /// What was measured, how, on which stack.
    public var note: String

    public init(perDevice: Double, precision: Precision? = nil, source: String, tier: EvidenceTier = .measured, note: String) {
        self.perDevice = perDevice
        self.precision = precision
        self.source = source
        self.tier = tier
        self.note = note
    }
}
