import OAMCore

/// Whether and how a module runs a numeric format under a software stack.
public struct PrecisionSupport: Sendable, Hashable, Codable {
    /// How a format is supported.
    public enum Level: String, Sendable, Hashable, Codable, CaseIterable {
        /// Hardware executes matrix math in this format.
        case native
        /// Weights or cache are stored in this format but math runs wider (e.g. FP8
        /// weight-only through Marlin on Ampere): memory savings, no compute speed-up.
        case emulated
        /// No path at all.
        case unsupported
    }

    /// The numeric format this entry is about.
    public var precision: Precision
    /// Native, emulated (with `method`) or unsupported.
    public var level: Level
    /// For `emulated`: how (e.g. "weight-only: FP8 weights dequantized to BF16 in the GEMM").
    public var method: String?
    /// The first software stack version that enables this support (e.g. "ROCm 6.2").
    public var minimumStack: String?
    /// Where the support is stated: a URL.
    public var source: String
    /// How the support was read (vendor, press, third-party, measured).
    public var tier: EvidenceTier

    public init(
        _ precision: Precision, _ level: Level, method: String? = nil, minimumStack: String? = nil, source: String,
        tier: EvidenceTier
    ) {
        self.precision = precision
        self.level = level
        self.method = method
        self.minimumStack = minimumStack
        self.source = source
        self.tier = tier
    }
}
