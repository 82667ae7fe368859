import OAMCore

/// A measured sustained rate (a GEMM benchmark's FLOP/s, a STREAM triad's B/s), kept
/// absolute so the reported fraction always uses the registry's current peak.
public struct MeasuredThroughput: Sendable, Hashable {
    /// The measured rate per logical device: FLOP/s for compute, B/s for memory.
    public var perDevice: Double
    /// For compute: the precision of the benchmark, whose dense peak is the denominator.
    public var precision: Precision?
    /// Where the measurement is published: a URL.
    public var source: String
    /// How the figure was read; `.measured` for a benchmark run.
    public var tier: EvidenceTier
    /// What was measured, how, on which stack.
    public var note: String
    /// The software stack the measurement was taken on ("ROCm 6.1"), when the stack is known
    /// to change the result: it then applies to that stack and newer ones (until a newer
    /// measurement of the same precision takes over) and is left out for older stacks.
    /// `nil`: applies whatever the stack.
    public var stack: String?

    public init(
        perDevice: Double, precision: Precision? = nil, source: String, tier: EvidenceTier = .measured, note: String,
        stack: String? = nil
    ) {
        self.perDevice = perDevice
        self.precision = precision
        self.source = source
        self.tier = tier
        self.note = note
        self.stack = stack
    }
}
