import OAMCore

/// What a module can really do under a software stack, as its vendor's adapter knows it.
///
/// Every figure is optional: `nil` means the adapter does not know, and the solver then
/// applies its documented conservative default and says so in its reasons.
///
/// Measured figures are **microbenchmark ceilings** of one logical device (largest GEMMs,
/// streaming reads, large all-reduces), each with its source, tier and a note on how it was
/// measured. What a serving engine adds on top — small GEMMs, attention and non-GEMM
/// kernels, scheduling — is the solver's to model, not the adapter's to fold in.
public struct CapabilityReport: Sendable, Hashable, Codable {
    /// The registry id of the module.
    public var module: String
    /// The software stack the report applies to, e.g. "ROCm 6.3" or "CUDA 12.4"; `nil`
    /// for the newest stack the adapter knows.
    public var stack: String?
    /// Support per precision. Precisions not listed are unknown.
    public var precisions: [PrecisionSupport]
    /// Memory usable by a serving engine after the driver/runtime reservation, in bytes
    /// per logical device.
    public var usableMemoryBytes: Reported<Double>?
    /// Fraction (0…1) of the **BF16 dense peak** that the largest, best-shaped GEMMs sustain
    /// on one logical device in a matmul microbenchmark: the maximum over a shape sweep of
    /// the mean of timed iterations after warm-up (Stas Bekman's MAMF finder), or cuBLASLt /
    /// hipBLASLt at 8K–16K square shapes.
    ///
    /// It is an **upper bound for large GEMMs**, not a serving efficiency and not a
    /// model-FLOPs utilisation: decode GEMMs with a few hundred rows, attention kernels,
    /// the non-GEMM kernels between them (norms, rotary, activation, sampling) and the
    /// scheduler all run below it. The solver models those on top of this figure
    /// (Docs/solver.md §2.6); an adapter must not fold them in.
    public var sustainedComputeFraction: Reported<Double>?
    /// The same large-GEMM measurement in other precisions (FP8, INT8, FP4), each as a
    /// fraction of that precision's dense peak; H100: FP8 70.9 % against BF16 80.3 %.
    /// A precision without an entry is assumed to reach the BF16 fraction. `nil` or empty:
    /// none measured.
    public var sustainedComputeByPrecision: [SustainedCompute]?
    /// Fraction (0…1) of peak memory bandwidth that streaming reads sustain on one logical
    /// device (STREAM-like triad over buffers far larger than the caches): an upper bound for
    /// the weight and KV-cache reads of serving.
    public var sustainedBandwidthFraction: Reported<Double>?
    /// The scale-up domain as software sees it; `nil` when the adapter does not know.
    public var scaleUp: ScaleUpReport?
    /// Per-module bandwidth to other nodes, per direction, in B/s.
    public var scaleOutBytesPerSecond: Reported<Double>?
    /// Serving frameworks that run on the module under the report's stack.
    public var frameworks: [FrameworkSupport]
    /// Caveats for people, one sentence each; nothing decides on their text.
    public var notes: [String]

    public init(
        module: String, stack: String? = nil, precisions: [PrecisionSupport] = [], usableMemoryBytes: Reported<Double>? = nil,
        sustainedComputeFraction: Reported<Double>? = nil, sustainedComputeByPrecision: [SustainedCompute]? = nil,
        sustainedBandwidthFraction: Reported<Double>? = nil, scaleUp: ScaleUpReport? = nil,
        scaleOutBytesPerSecond: Reported<Double>? = nil, frameworks: [FrameworkSupport] = [], notes: [String] = []
    ) {
        self.module = module
        self.stack = stack
        self.precisions = precisions
        self.usableMemoryBytes = usableMemoryBytes
        self.sustainedComputeFraction = sustainedComputeFraction
        self.sustainedComputeByPrecision = sustainedComputeByPrecision
        self.sustainedBandwidthFraction = sustainedBandwidthFraction
        self.scaleUp = scaleUp
        self.scaleOutBytesPerSecond = scaleOutBytesPerSecond
        self.frameworks = frameworks
        self.notes = notes
    }

    /// The support entry for a precision, if the adapter states one.
    public func support(for precision: Precision) -> PrecisionSupport? {
        precisions.first { $0.precision == precision }
    }

    /// The large-GEMM fraction measured in `precision`, if the adapter states one
    /// (`sustainedComputeFraction` for BF16).
    public func sustainedCompute(for precision: Precision) -> SustainedCompute? {
        if precision == .bf16, let bf16 = sustainedComputeFraction {
            return SustainedCompute(.bf16, fraction: bf16.value, source: bf16.source, tier: bf16.tier, note: bf16.note)
        }
        return sustainedComputeByPrecision?.first { $0.precision == precision }
    }
}

/// A large-GEMM microbenchmark in one precision, as a fraction of that precision's dense
/// peak (see `CapabilityReport.sustainedComputeFraction` for what is measured and what it
/// is not).
public struct SustainedCompute: Sendable, Hashable, Codable {
    /// The precision of the benchmark; the registry's dense peak in it is the denominator.
    public var precision: Precision
    /// 0…1 of the registry's dense peak in `precision`, per logical device.
    public var fraction: Double
    /// Where the figure is stated: a URL.
    public var source: String
    /// How the figure was read (vendor, press, third-party, measured).
    public var tier: EvidenceTier
    /// What was measured, how, on which stack.
    public var note: String?

    public init(_ precision: Precision, fraction: Double, source: String, tier: EvidenceTier, note: String? = nil) {
        self.precision = precision
        self.fraction = fraction
        self.source = source
        self.tier = tier
        self.note = note
    }
}

/// The scale-up domain as software sees it.
public struct ScaleUpReport: Sendable, Hashable, Codable {
    /// Modules that share the fast fabric (8 on an OAM UBB or HGX board).
    public var domainSize: Reported<Int>?
    /// How the modules of the domain connect, as the registry names topologies (`switched`, `fully-connected`, …).
    public var topology: String?
    /// Bandwidth from one module to one peer, per direction, in B/s.
    public var perPeerBytesPerSecond: Reported<Double>?
    /// Bus bandwidth an all-reduce across the domain sustains, per module, in B/s
    /// (the nccl-tests "busbw" convention).
    public var allReduceBytesPerSecond: Reported<Double>?

    public init(
        domainSize: Reported<Int>? = nil, topology: String? = nil, perPeerBytesPerSecond: Reported<Double>? = nil,
        allReduceBytesPerSecond: Reported<Double>? = nil
    ) {
        self.domainSize = domainSize
        self.topology = topology
        self.perPeerBytesPerSecond = perPeerBytesPerSecond
        self.allReduceBytesPerSecond = allReduceBytesPerSecond
    }
}

/// A serving framework that runs on the module, and the kernels it has there.
public struct FrameworkSupport: Sendable, Hashable, Codable {
    /// Kernel features a model may need.
    public enum Feature: String, Sendable, Hashable, Codable, CaseIterable {
        case pagedAttention = "paged-attention"
        case gqa
        case mla
        case slidingWindow = "sliding-window"
        case moe
        case fp8BlockScales = "fp8-block-scales"
        case fp8PerTensor = "fp8-per-tensor"
        case int4AWQ = "int4-awq"
        case int4GPTQ = "int4-gptq"
        case mxfp4
        case nvfp4
        case fp8KVCache = "fp8-kv-cache"
    }

    /// e.g. "vLLM", "SGLang", "TensorRT-LLM", "vllm-ascend", "MindIE".
    public var name: String
    /// The first framework version with this support, e.g. `0.10.1`; `nil` when not stated.
    public var minimumVersion: String?
    /// The kernel features the framework has on this module.
    public var features: [Feature]
    /// Where the figure is stated: a URL.
    public var source: String
    /// How the figure was read (vendor, press, third-party, measured).
    public var tier: EvidenceTier

    public init(name: String, minimumVersion: String? = nil, features: [Feature], source: String, tier: EvidenceTier) {
        self.name = name
        self.minimumVersion = minimumVersion
        self.features = features
        self.source = source
        self.tier = tier
    }
}
