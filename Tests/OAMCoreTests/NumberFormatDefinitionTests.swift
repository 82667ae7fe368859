import OAMCore
import Testing

/// The vendor-defined number formats: each has its published layout, and its bytes per
/// element include the block scale's share, computed here by hand.
struct NumberFormatDefinitionTests {
    @Test func blockScaledBytesIncludeScales() {
        // MXFP8: 8 element bits + one 8-bit E8M0 scale per 32 = 8 + 8/32 = 8.25 bits = 1.03125 B.
        #expect(Precision.mxfp8.bytesWithScales == 1.03125)
        // MXFP6: 6 + 8/32 = 6.25 bits = 0.78125 B.
        #expect(Precision.mxfp6.bytesWithScales == 0.78125)
        // MXFP4: 4 + 8/32 = 4.25 bits = 0.53125 B.
        #expect(Precision.mxfp4.bytesWithScales == 0.53125)
        // NVFP4: 4 + 8/16 = 4.5 bits = 0.5625 B (the per-tensor FP32 scale is not per element).
        #expect(Precision.nvfp4.bytesWithScales == 0.5625)
        // HiFloat4: 4 + 32/64 = 4.5 bits, the paper's "averaging 4.5 bits per value".
        #expect(Precision.hif4.definition?.bitsPerElementWithScales == 4.5)
        // Tenstorrent BLOCKFP8: 8 bits (sign + 7-bit mantissa) + one 8-bit exponent per 16 =
        // 8.5 bits = 1.0625 B.
        #expect(Precision.bfp8.bytesWithScales == 1.0625)
        // HiFloat8 has no block scale: 8 bits = 1 B; plain formats are their element size.
        #expect(Precision.hif8.bytesWithScales == 1)
        #expect(Precision.bf16.bytesWithScales == 2)
    }

    @Test func elementsAreStoredWithoutScales() {
        #expect(Precision.mxfp4.bytes == 0.5)
        #expect(Precision.nvfp4.bits == 4)
        #expect(Precision.mxfp6.bits == 6)
        #expect(Precision.hif8.bits == 8)
    }

    @Test func eachFormatNamesItsElementAndSource() {
        #expect(Precision.mxfp8.element == .fp8)
        #expect(Precision.mxfp6.element == .fp6)
        #expect(Precision.mxfp4.element == .fp4)
        #expect(Precision.nvfp4.element == .fp4)
        // HiFloat encodings are their own: not E4M3/E5M2 nor E2M1.
        #expect(Precision.hif8.element == .hif8)
        #expect(Precision.hif4.element == .hif4)
        #expect(Precision.bfp8.element == .bfp8)
        #expect(Precision.fp8.element == .fp8 && Precision.fp8.definition == nil)
        #expect(Precision.nvfp4.definition?.blockScale == .init(encoding: "UE4M3", bits: 8, blockSize: 16))
        #expect(Precision.nvfp4.definition?.tensorScale == "FP32")
        for p in Precision.allCases {
            guard let d = p.definition else { continue }
            #expect(d.sourceURL.hasPrefix("https://"), "\(p)")
            #expect(!d.sourceTitle.isEmpty, "\(p)")
        }
    }

    @Test func vocabularyOrderIsWidestFirst() {
        #expect(Precision.mxfp8 < .fp6 && Precision.hif8 < .fp6)
        #expect(Precision.fp4 < .mxfp4 && Precision.hif4 < .int8)
        #expect(Precision.mxfp8.throughputDimension == .flops)
        #expect(!Precision.hif4.isInteger)
    }

    @Test func summaryStatesTheLayout() {
        #expect(
            Precision.nvfp4.definition?.summary
                == "NVIDIA NVFP4: 4-bit E2M1 elements, one 8-bit UE4M3 scale per 16 elements, plus one FP32 scale per tensor")
    }
}
