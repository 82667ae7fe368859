import OAMCore

/// One accelerator as the solver sees it: per logical device figures (a module with two
/// dies, like MI250X, is two devices), each with its provenance.
public struct ChipProfile: Sendable {
    public var id: String
    public var name: String
    public var formFactor: FormFactor?
    public var devicesPerModule: Int
    /// Nominal memory per device, in bytes.
    public var capacity: Sourced?
    /// Memory the runtime exposes per device before the engine's share (capacity minus the
    /// driver reserve, or the adapter's figure), in bytes.
    public var exposed: Sourced?
    /// Peak memory bandwidth per device, in B/s.
    public var bandwidth: Sourced?
    /// Dense peaks per device by precision (known values only), in FLOP/s or OP/s.
    public var peaks: [Precision: Sourced]
    /// Support of each precision (report first, then descriptor).
    public var support: [Precision: PrecisionStatus]
    public var link: LinkProfile
    /// Per-device bandwidth to other nodes, per direction, in B/s.
    public var scaleOut: Sourced
    public var crossNodeLatency: Sourced
    /// Board power per module, in W.
    public var tdp: Sourced?
    /// Fraction of the BF16 dense peak the largest GEMMs sustain (adapter measurement, else
    /// the default): a ceiling the serving model applies its efficiencies to.
    public var computeFraction: Sourced
    /// The same ceiling measured in other precisions (FP8: H100 0.709), by precision.
    public var computeFractions: [Precision: Sourced] = [:]
    /// Fraction of peak memory bandwidth streaming reads sustain (adapter, else default).
    public var bandwidthFraction: Sourced
    public var engineOverhead: Sourced
    /// Figures that are unknown in the descriptor, by path, for "no speed verdict" reasons.
    public var unknownPaths: Set<String>
    /// Notes on how figures were derived (per-die split, fallbacks).
    public var notes: [String]
    /// How the descriptor was read where it is silent or loose (scale-up topology model,
    /// unstated bandwidth direction, unknown devices per module); every verdict lists them.
    public var assumptions: [String] = []
    /// What each `--assume` did here: the unknown figure it filled, or why it was not used.
    public var assumed: [AssumedFigure] = []

    /// Devices in one scale-up domain (node).
    public var domainDevices: Int { link.domainDevices }

    /// Dense peak per device in `precision`, or `nil` with the path that is unknown.
    public func peak(_ precision: Precision) -> Sourced? { peaks[precision] }

    /// The large-GEMM ceiling in `precision`: its own measurement, else its element type's (an
    /// NVFP4 or MXFP4 GEMM runs on the E2M1 tensor cores an FP4 benchmark measures, as its peak
    /// is theirs), else the BF16 one.
    public func gemmFraction(_ precision: Precision) -> Sourced {
        computeFractions[precision] ?? computeFractions[precision.element] ?? computeFraction
    }

    /// Usable bytes per device for weights, KV and activations at a memory utilisation:
    /// exposed × utilisation − engine overhead.
    public func usable(memoryUtilization: Double) -> Double? {
        exposed.map { $0.value * memoryUtilization - engineOverhead.value }
    }
}
