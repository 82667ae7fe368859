/// A numeric format an accelerator computes in, as named in peak-throughput tables.
///
/// FP8 covers both E4M3 and E5M2 (same throughput on every shipping part); FP4 covers the
/// OCP MXFP4 and NVIDIA NVFP4 encodings, which differ in block scaling, not in peak rate.
public enum Precision: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case fp64, fp32, tf32, bf16, fp16, fp8, fp6, fp4, int8, int4

    /// Integer formats are rated in OP/s, floating-point ones in FLOP/s.
    public var isInteger: Bool { self == .int8 || self == .int4 }

    /// The throughput dimension a peak in this precision is written in.
    public var throughputDimension: Dimension { isInteger ? .ops : .flops }

    /// Storage size of one element in bits (TF32 is stored as 32-bit).
    public var bits: Int {
        switch self {
        case .fp64: return 64
        case .fp32, .tf32: return 32
        case .bf16, .fp16: return 16
        case .fp8, .int8: return 8
        case .fp6: return 6
        case .fp4, .int4: return 4
        }
    }

    /// Storage size of one element in bytes.
    public var bytes: Double { Double(bits) / 8 }

    /// Order of the table: widest first.
    public static func < (lhs: Precision, rhs: Precision) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
