import OAMCore

/// The model-level figures of a report: exact counts and sizes in the requested format.
public struct ModelSummary: Sendable {
    public var id: String
    public var name: String
    public var parameters: Int
    public var activeParameters: Int
    public var weightFormat: WeightFormat
    /// Weight bytes in the requested format, scales included.
    public var weightsBytes: Double
    public var kvPrecision: Precision
    /// KV bytes per token over all layers (within any sliding window).
    public var kvCacheBytesPerToken: Double
    public var attentionKind: String
    /// Why the format differs from the checkpoint file, when it does.
    public var formatNote: String?
}
