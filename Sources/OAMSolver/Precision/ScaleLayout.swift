/// How a quantized matrix stores its scales, and their size.
public enum ScaleLayout: Sendable, Hashable {
    /// No scales (16- and 32-bit weights).
    case none
    /// One scale per matrix.
    case perTensor(bytes: Double)
    /// One scale per output row (fbgemm FP8, SmoothQuant INT8).
    case perChannel(bytes: Double)
    /// One scale per `rows × cols` block (DeepSeek-V3 FP8: 128×128, fp32 `weight_scale_inv`).
    case block(rows: Int, cols: Int, bytes: Double)
    /// One scale (plus zero point) per `size` consecutive input elements of a row
    /// (MXFP4: 32 with an E8M0 scale; AWQ/GPTQ: 128 with fp16 scale and 4-bit zero);
    /// `indexBytesPerColumn` is GPTQ's `g_idx` (int32 per input column).
    case group(size: Int, bytes: Double, zeroBytes: Double, indexBytesPerColumn: Double)
    /// compressed-tensors `pack-quantized`, symmetric: one scale (`weight_scale`) per `size`
    /// consecutive input elements of a row, no zero point, and per matrix the int64 pair
    /// `weight_shape` (16 bytes) that records the unpacked shape.
    case packedGroup(size: Int, bytes: Double)

    /// Bytes of the `weight_shape` tensor compressed-tensors stores with each packed matrix.
    public static let packedShapeBytes = 16.0

    /// Scale bytes of one `rows × cols` matrix (rows = output features).
    public func bytes(rows: Int, cols: Int) -> Double {
        switch self {
        case .none:
            return 0
        case .perTensor(let bytes):
            return bytes
        case .perChannel(let bytes):
            return Double(rows) * bytes
        case .block(let blockRows, let blockCols, let bytes):
            return Double(ceilDiv(rows, blockRows) * ceilDiv(cols, blockCols)) * bytes
        case .group(let size, let bytes, let zeroBytes, let indexBytes):
            return Double(rows) * Double(ceilDiv(cols, size)) * (bytes + zeroBytes) + Double(cols) * indexBytes
        case .packedGroup(let size, let bytes):
            return Double(rows) * Double(ceilDiv(cols, size)) * bytes + Self.packedShapeBytes
        }
    }

    /// The granularity a tensor-parallel shard must respect along (output, input)
    /// dimensions so each shard holds whole scale blocks; `nil` where any split works.
    public var alignment: (rows: Int?, cols: Int?) {
        switch self {
        case .none, .perTensor, .perChannel: return (nil, nil)
        case .block(let rows, let cols, _): return (rows, cols)
        case .group(let size, _, _, _), .packedGroup(let size, _): return (nil, size)
        }
    }

    /// Human-readable description for reasons.
    public var summary: String {
        switch self {
        case .none: return "no scales"
        case .perTensor(let bytes): return "one \(Int(bytes))-byte scale per matrix"
        case .perChannel(let bytes): return "one \(Int(bytes))-byte scale per output channel"
        case .block(let rows, let cols, let bytes): return "one \(Int(bytes))-byte scale per \(rows)×\(cols) block"
        case .group(let size, let bytes, let zeroBytes, let index):
            var text = "one \(bytes == 1 ? "1-byte" : "\(Int(bytes))-byte") scale"
            if zeroBytes > 0 { text += " and 4-bit zero" }
            text += " per \(size) elements"
            if index > 0 { text += ", int32 group index per column" }
            return text
        case .packedGroup(let size, let bytes):
            return "one \(Int(bytes))-byte scale per \(size) elements, no zero point, a 16-byte shape per matrix"
        }
    }
}

/// ⌈a / b⌉ for non-negative `a`; a non-positive `b` (a malformed block or group size) counts
/// as 1, so no descriptor can divide by zero here.
@inline(__always) func ceilDiv(_ a: Int, _ b: Int) -> Int {
    guard b > 1 else { return a }
    return a / b + (a % b == 0 ? 0 : 1)
}
