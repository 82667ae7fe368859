/// A numeric format an accelerator computes in, as named in peak-throughput tables.
///
/// `fp8` covers both E4M3 and E5M2 (same throughput on every shipping part), `fp6` E2M3 and
/// E3M2, `fp4` the E2M1 element. A format a vendor publishes with its own block scaling or
/// encoding is its own case with its definition (`definition`): OCP MXFP8/MXFP6/MXFP4,
/// NVIDIA NVFP4, Huawei HiFloat8/HiFloat4, Tenstorrent BLOCKFP8 — a peak table that names one of them is recorded
/// under that name, not folded into its element type.
public enum Precision: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case fp64, fp32, tf32, bf16, fp16, bfp8, fp8, mxfp8, hif8, fp6, mxfp6, fp4, mxfp4, nvfp4, hif4, int8, int4

    /// Integer formats are rated in OP/s, floating-point ones in FLOP/s.
    public var isInteger: Bool { self == .int8 || self == .int4 }

    /// The throughput dimension a peak in this precision is written in.
    public var throughputDimension: Dimension { isInteger ? .ops : .flops }

    /// Storage size of one element in bits, without any shared scale (TF32 is stored as
    /// 32-bit).
    public var bits: Int {
        if let definition { return definition.elementBits }
        switch self {
        case .fp64: return 64
        case .fp32, .tf32: return 32
        case .bf16, .fp16: return 16
        case .fp8, .int8: return 8
        case .fp6: return 6
        default: return 4
        }
    }

    /// Storage size of one element in bytes, without any shared scale.
    public var bytes: Double { Double(bits) / 8 }

    /// Bytes of one element including its share of the block scale (MXFP4: (4 + 8 / 32) / 8
    /// = 0.53125); the element size for formats without block scales.
    public var bytesWithScales: Double { (definition?.bitsPerElementWithScales ?? Double(bits)) / 8 }

    /// The plain element format a block-scaled format stores (MXFP4 and NVFP4: `fp4`); the
    /// format itself when it has no plainer neighbour.
    public var element: Precision { definition?.element ?? self }

    /// Order of the table: widest first.
    public static func < (lhs: Precision, rhs: Precision) -> Bool {
        rank[lhs]! < rank[rhs]!
    }

    /// Each case's place in `allCases`, made once: `allCases` builds a new array at every
    /// use, and rules sort every descriptor's peak tables.
    private static let rank: [Precision: Int] = Dictionary(
        uniqueKeysWithValues: allCases.enumerated().map { ($0.element, $0.offset) })
}
