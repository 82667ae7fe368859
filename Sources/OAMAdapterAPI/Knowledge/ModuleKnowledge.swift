/// What a vendor adapter knows about one module, beyond its descriptor. Every figure
/// carries its source; anything not known stays `nil` and is reported as unknown.
///
/// `ReportBuilder` turns this, the descriptor and a requested stack version into a
/// `CapabilityReport`.
public struct ModuleKnowledge: Sendable {
    /// The registry id of the module.
    public var module: String
    /// Support per precision as of the newest stack the adapter knows; entries with a
    /// `minimumStack` become `unsupported` for older stacks.
    public var precisions: [PrecisionSupport]
    /// Memory a serving engine can allocate after the runtime's reservation, in bytes per
    /// logical device.
    public var usableMemoryBytes: Reported<Double>?
    /// A large-GEMM benchmark (normally BF16); reported as a fraction of the descriptor's
    /// dense peak in its precision. A ceiling for GEMMs, not a serving efficiency.
    public var sustainedCompute: MeasuredThroughput?
    /// Further large-GEMM benchmarks: other precisions (FP8) and the same precision on other
    /// stacks (`MeasuredThroughput.stack`). Per precision the report keeps the measurement of
    /// the newest stack not newer than the requested one.
    public var computeMeasurements: [MeasuredThroughput]
    /// A streaming-read benchmark; reported as a fraction of the descriptor's bandwidth.
    public var sustainedBandwidth: MeasuredThroughput?
    /// Scale-up facts; fields left `nil` are derived from the descriptor where possible.
    public var scaleUp: ScaleUpReport?
    /// Per-module bandwidth to other nodes, per direction, in B/s.
    public var scaleOutBytesPerSecond: Reported<Double>?
    /// Serving frameworks on the module, each with the first stack version it needs.
    public var frameworks: [FrameworkRule]
    /// Caveats the report carries as they are, one sentence each.
    public var notes: [String]

    public init(
        _ module: String, precisions: [PrecisionSupport] = [], usableMemoryBytes: Reported<Double>? = nil,
        sustainedCompute: MeasuredThroughput? = nil, sustainedBandwidth: MeasuredThroughput? = nil, scaleUp: ScaleUpReport? = nil,
        scaleOutBytesPerSecond: Reported<Double>? = nil, frameworks: [FrameworkRule] = [], notes: [String] = [],
        computeMeasurements: [MeasuredThroughput] = []
    ) {
        self.module = module
        self.computeMeasurements = computeMeasurements
        self.precisions = precisions
        self.usableMemoryBytes = usableMemoryBytes
        self.sustainedCompute = sustainedCompute
        self.sustainedBandwidth = sustainedBandwidth
        self.scaleUp = scaleUp
        self.scaleOutBytesPerSecond = scaleOutBytesPerSecond
        self.frameworks = frameworks
        self.notes = notes
    }
}
