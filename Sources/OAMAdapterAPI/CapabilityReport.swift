/// What a module can really do under a software stack, as its vendor's adapter knows it.
///
/// Every figure is optional: `nil` means the adapter does not know, and the solver then
/// applies its documented conservative default and says so in its reasons.
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
    /// Fraction of the dense peak that large GEMMs sustain (0…1).
    public var sustainedComputeFraction: Reported<Double>?
    /// Fraction of peak memory bandwidth that streaming reads sustain (0…1).
    public var sustainedBandwidthFraction: Reported<Double>?
    public var scaleUp: ScaleUpReport?
    /// Per-module bandwidth to other nodes, per direction, in B/s.
    public var scaleOutBytesPerSecond: Reported<Double>?
    public var frameworks: [FrameworkSupport]
    public var notes: [String]

    public init(module: String, stack: String? = nil, precisions: [PrecisionSupport] = [], usableMemoryBytes: Reported<Double>? = nil, sustainedComputeFraction: Reported<Double>? = nil, sustainedBandwidthFraction: Reported<Double>? = nil, scaleUp: ScaleUpReport? = nil, scaleOutBytesPerSecond: Reported<Double>? = nil, frameworks: [FrameworkSupport] = [], notes: [String] = []) {
        self.module = module
        self.stack = stack
        self.precisions = precisions
        self.usableMemoryBytes = usableMemoryBytes
        self.sustainedComputeFraction = sustainedComputeFraction
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
}

/// The scale-up domain as software sees it.
public struct ScaleUpReport: Sendable, Hashable, Codable {
    /// Modules that share the fast fabric (8 on an OAM UBB or HGX board).
    public var domainSize: Reported<Int>?
    public var topology: String?
    /// Bandwidth from one module to one peer, per direction, in B/s.
    public var perPeerBytesPerSecond: Reported<Double>?
    /// Bus bandwidth an all-reduce across the domain sustains, per module, in B/s
    /// (the nccl-tests "busbw" convention).
    public var allReduceBytesPerSecond: Reported<Double>?

    public init(domainSize: Reported<Int>? = nil, topology: String? = nil, perPeerBytesPerSecond: Reported<Double>? = nil, allReduceBytesPerSecond: Reported<Double>? = nil) {
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
    public var minimumVersion: String?
    public var features: [Feature]
    public var source: String
    public var tier: EvidenceTier

    public init(name: String, minimumVersion: String? = nil, features: [Feature], source: String, tier: EvidenceTier) {
        self.name = name
        self.minimumVersion = minimumVersion
        self.features = features
        self.source = source
        self.tier = tier
    }
}
