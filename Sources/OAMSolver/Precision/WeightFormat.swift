import OAMCore

/// How a model's weights are stored: the precision of its quantized matrices, their scale
/// layout, which matrices are quantized, and the precision of everything else.
public struct WeightFormat: Sendable, Hashable {
    /// Which weight matrices carry the quantized precision.
    public enum Coverage: String, Sendable, Hashable {
        /// Nothing is quantized: every tensor is in `baseline`.
        case none
        /// The linear layers of the transformer blocks (attention, dense MLP, shared and
        /// routed experts); embeddings, lm_head, norms, biases and routers stay in baseline.
        case blockLinear = "all-linear"
        /// Only the routed experts (gpt-oss MXFP4).
        case experts
    }

    /// Short name, e.g. `bf16`, `fp8-block`, `mxfp4`.
    public var name: String
    /// Storage precision of the quantized matrices.
    public var quantized: Precision
    /// Storage precision of every other tensor.
    public var baseline: Precision
    public var scales: ScaleLayout
    public var coverage: Coverage
    /// The math never runs in `quantized` (AWQ/GPTQ int4 dequantize into the GEMM).
    public var weightOnly: Bool

    public init(
        name: String, quantized: Precision, baseline: Precision = .bf16, scales: ScaleLayout = .none,
        coverage: Coverage = .blockLinear, weightOnly: Bool = false
    ) {
        self.name = name
        self.quantized = quantized
        self.baseline = baseline
        self.scales = scales
        self.coverage = coverage
        self.weightOnly = weightOnly
    }

    /// True when some matrices are stored narrower than the baseline.
    public var isQuantized: Bool { coverage != .none && quantized != baseline }

    /// Bytes of one element of a quantized matrix, scales not included (`scales` counts
    /// them).
    public var quantizedBytes: Double { quantized.bytes }

    public static let bf16 = WeightFormat(name: "bf16", quantized: .bf16, baseline: .bf16, coverage: .none)
    public static let fp16 = WeightFormat(name: "fp16", quantized: .fp16, baseline: .fp16, coverage: .none)
    public static let fp32 = WeightFormat(name: "fp32", quantized: .fp32, baseline: .fp32, coverage: .none)
    /// FP8 with one fp32 scale per output channel (llm-compressor FP8_DYNAMIC, fbgemm).
    public static let fp8 = WeightFormat(name: "fp8", quantized: .fp8, scales: .perChannel(bytes: 4))
    /// FP8 with one fp32 scale per 128×128 block (DeepSeek-V3 layout).
    public static let fp8Block = WeightFormat(name: "fp8-block", quantized: .fp8, scales: .block(rows: 128, cols: 128, bytes: 4))
    /// INT8 W8A8 with per-channel fp32 scales (SmoothQuant).
    public static let int8 = WeightFormat(name: "int8", quantized: .int8, scales: .perChannel(bytes: 4))
    /// INT4 weight-only, AWQ layout: group 128, fp16 scale, 4-bit zero point.
    public static let int4 = WeightFormat(
        name: "int4", quantized: .int4, scales: .group(size: 128, bytes: 2, zeroBytes: 0.5, indexBytesPerColumn: 0),
        weightOnly: true)
    /// OCP MXFP8: E4M3/E5M2 elements, one E8M0 scale per 32 (`Precision.mxfp8.definition`).
    public static let mxfp8 = blockScaled(.mxfp8)
    /// OCP MXFP4: E2M1 elements, one E8M0 scale per 32.
    public static let mxfp4 = blockScaled(.mxfp4)
    /// NVIDIA NVFP4: E2M1 elements, one E4M3 scale per 16 (the per-tensor fp32 scale is not
    /// counted).
    public static let nvfp4 = blockScaled(.nvfp4)
    /// Huawei HiFloat4: 4-bit elements, 32 bits of scale metadata per 64.
    public static let hif4 = blockScaled(.hif4)

    /// A block-scaled format with the scales its definition prescribes, on all linear layers.
    static func blockScaled(_ precision: Precision) -> WeightFormat {
        WeightFormat(name: precision.rawValue, quantized: precision, scales: ScaleLayout.blocks(of: precision) ?? .none)
    }

    /// Every named format, as `--weights` accepts them.
    public static let named: [WeightFormat] = [
        .bf16, .fp16, .fp32, .fp8, .fp8Block, .mxfp8, .int8, .int4, .mxfp4, .nvfp4, .hif4,
    ]

    /// The format called `name` (case-insensitive), or `nil`.
    public static func named(_ name: String) -> WeightFormat? {
        named.first { $0.name == name.lowercased() }
    }

    /// The same weights stored entirely in `precision` (a checkpoint upcast to BF16).
    public func upcast(to precision: Precision) -> WeightFormat {
        WeightFormat(name: precision.rawValue, quantized: precision, baseline: precision, coverage: .none)
    }

    /// One line for reasons: `fp8-block (fp8 all-linear, one 4-byte scale per 128×128 block; rest bf16)`.
    public var summary: String {
        guard isQuantized else { return name }
        return "\(name) (\(quantized.rawValue) \(coverage.rawValue), \(scales.summary); rest \(baseline.rawValue))"
    }
}
