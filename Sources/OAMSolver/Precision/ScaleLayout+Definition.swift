import OAMCore

extension ScaleLayout {
    /// The scales a block-scaled format's definition prescribes: one scale of the block's
    /// metadata size per block of consecutive input elements (MXFP4: 1 byte per 32, NVFP4: 1
    /// byte per 16, HiFloat4: 4 bytes per 64); `nil` when the format has no block scale.
    /// `size` and `bytes` override the definition where a checkpoint states its own.
    public static func blocks(of precision: Precision, size: Int? = nil, bytes: Double? = nil) -> ScaleLayout? {
        guard let scale = precision.definition?.blockScale else { return nil }
        let group = size.flatMap { $0 > 0 ? $0 : nil } ?? scale.blockSize
        return .group(size: group, bytes: bytes ?? Double(scale.bits) / 8, zeroBytes: 0, indexBytesPerColumn: 0)
    }
}
