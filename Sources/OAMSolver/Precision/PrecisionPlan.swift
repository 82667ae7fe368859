import OAMCore

/// How a model's numbers are stored and computed on one chip.
public struct PrecisionPlan: Sendable {
    /// What happened to the requested weight precision on this chip.
    public enum Mode: Sendable, Hashable {
        /// Runs as requested (natively, or weight-only by the format's design).
        case asRequested
        /// Stored narrow, math in the baseline precision, as the adapter says it can.
        case weightOnly(method: String)
        /// The checkpoint is converted to the baseline precision (more memory).
        case upcast
        /// Cannot run; the reason says why.
        case refused(String)
    }

    /// The weight format as stored on this chip.
    public var format: WeightFormat
    /// The format asked for (checkpoint or `--weights`).
    public var requested: WeightFormat
    /// Precision the quantized matrices' math runs in.
    public var quantizedCompute: Precision
    /// Precision of every other matmul and of attention.
    public var baselineCompute: Precision
    /// KV-cache storage precision.
    public var kv: Precision
    public var mode: Mode
    /// Why, in words, with the evidence.
    public var reasons: [String]

    public var isRefused: Bool {
        if case .refused = mode { return true }
        return false
    }
}
