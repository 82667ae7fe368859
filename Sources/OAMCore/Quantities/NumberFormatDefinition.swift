/// How a vendor-defined number format lays out its bits: the element encoding and, for a
/// block-scaled format, the scale that a block of consecutive elements shares. Bytes per
/// element including scales follow from it, so memory is counted exactly.
public struct NumberFormatDefinition: Sendable, Hashable {
    /// A scale shared by `blockSize` consecutive elements.
    public struct BlockScale: Sendable, Hashable {
        /// Encoding of the scale, e.g. `E8M0` (a power of two) or `UE4M3`.
        public var encoding: String
        /// Bits of one scale (all scale metadata of one block).
        public var bits: Int
        /// Elements sharing one scale.
        public var blockSize: Int

        public init(encoding: String, bits: Int, blockSize: Int) {
            self.encoding = encoding
            self.bits = bits
            self.blockSize = blockSize
        }
    }

    /// The format's full name, e.g. "OCP Microscaling MXFP4".
    public var name: String
    /// Bits of one element as stored, scales not included.
    public var elementBits: Int
    /// The element encodings the format allows, e.g. `E4M3` or `E5M2`.
    public var elementEncodings: [String]
    /// The plain format of one element (`fp4` for MXFP4), or the format itself when its
    /// element encoding is its own (HiFloat8's tapered encoding).
    public var element: Precision
    /// The shared block scale; `nil` for formats scaled per tensor only.
    public var blockScale: BlockScale?
    /// A further scale per tensor, not counted per element (NVFP4's FP32 second level).
    public var tensorScale: String?
    /// The defining document.
    public var sourceURL: String
    /// What that document is, and where it was read when relayed.
    public var sourceTitle: String

    public init(
        name: String, elementBits: Int, elementEncodings: [String], element: Precision, blockScale: BlockScale?,
        tensorScale: String? = nil, sourceURL: String, sourceTitle: String
    ) {
        self.name = name
        self.elementBits = elementBits
        self.elementEncodings = elementEncodings
        self.element = element
        self.blockScale = blockScale
        self.tensorScale = tensorScale
        self.sourceURL = sourceURL
        self.sourceTitle = sourceTitle
    }

    /// Bits per element including the block scale's share: element bits + scale bits / block
    /// size (MXFP8: 8 + 8 / 32 = 8.25; HiFloat4: 4 + 32 / 64 = 4.5).
    public var bitsPerElementWithScales: Double {
        guard let scale = blockScale, scale.blockSize > 0 else { return Double(elementBits) }
        return Double(elementBits) + Double(scale.bits) / Double(scale.blockSize)
    }

    /// One line for documentation and reasons.
    public var summary: String {
        var text = "\(name): \(elementBits)-bit \(elementEncodings.joined(separator: " or ")) elements"
        if let scale = blockScale {
            text += ", one \(scale.bits)-bit \(scale.encoding) scale per \(scale.blockSize) elements"
        }
        if let tensorScale { text += ", plus one \(tensorScale) scale per tensor" }
        return text
    }
}
