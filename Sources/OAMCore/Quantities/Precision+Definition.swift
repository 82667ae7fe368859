extension Precision {
    /// The published definition of a vendor-defined format (element encoding, block scale,
    /// block size, defining document); `nil` for the plain IEEE/OCP element formats.
    public var definition: NumberFormatDefinition? {
        switch self {
        case .mxfp8:
            return NumberFormatDefinition(
                name: "OCP Microscaling MXFP8", elementBits: 8, elementEncodings: ["E4M3", "E5M2"], element: .fp8,
                blockScale: .init(encoding: "E8M0", bits: 8, blockSize: 32),
                sourceURL: Self.ocpMX,
                sourceTitle:
                    "OCP Microscaling Formats (MX) Specification v1.0; read through NVIDIA Transformer Engine's MXFP8 page (https://nvidia.github.io/TransformerEngine/features/low_precision_training/mxfp8/mxfp8.html): 's_block is a local E8M0 scaling factor shared by a block of 32 elements'"
            )
        case .mxfp6:
            return NumberFormatDefinition(
                name: "OCP Microscaling MXFP6", elementBits: 6, elementEncodings: ["E2M3", "E3M2"], element: .fp6,
                blockScale: .init(encoding: "E8M0", bits: 8, blockSize: 32),
                sourceURL: Self.ocpMX,
                sourceTitle:
                    "OCP Microscaling Formats (MX) Specification v1.0; read through oneDNN's MX RFC (https://github.com/uxlfoundation/oneDNN/blob/main/rfcs/20250911-mxfp-support/README.md): 'block scaling with 1d groups of 32', 'e8m0 block scale datatype'"
            )
        case .mxfp4:
            return NumberFormatDefinition(
                name: "OCP Microscaling MXFP4", elementBits: 4, elementEncodings: ["E2M1"], element: .fp4,
                blockScale: .init(encoding: "E8M0", bits: 8, blockSize: 32),
                sourceURL: Self.ocpMX,
                sourceTitle:
                    "OCP Microscaling Formats (MX) Specification v1.0; read through oneDNN's MX RFC (https://github.com/uxlfoundation/oneDNN/blob/main/rfcs/20250911-mxfp-support/README.md): element types include 'f4_e2m1', 'block scaling with 1d groups of 32', 'e8m0 block scale datatype'"
            )
        case .nvfp4:
            return NumberFormatDefinition(
                name: "NVIDIA NVFP4", elementBits: 4, elementEncodings: ["E2M1"], element: .fp4,
                blockScale: .init(encoding: "UE4M3", bits: 8, blockSize: 16), tensorScale: "FP32",
                sourceURL:
                    "https://docs.nvidia.com/nemo/automodel/nemo-automodel/nemo_automodel/components/quantization/nvfp4",
                sourceTitle:
                    "NVIDIA NeMo AutoModel, nemo_automodel.components.quantization.nvfp4: 'NVFP4 (fp4 e2m1 + fp8-e4m3 block scales + fp32 tensor scale)', 'one float8_e4m3fn scale per 16 contiguous columns (weight_scale) and one float32 scale per tensor'"
            )
        case .hif8:
            return NumberFormatDefinition(
                name: "Huawei HiFloat8 (HiF8)", elementBits: 8,
                elementEncodings: ["tapered: sign, prefix-coded dot, exponent, 3/2/1-bit mantissa"], element: .hif8,
                blockScale: nil,
                sourceURL: "https://arxiv.org/abs/2409.16626",
                sourceTitle:
                    "Luo et al. (Huawei), 'Ascend HiFloat8 Format for Deep Learning', arXiv 2409.16626: 'HiF8 features tapered precision. For normal value encoding, it provides 7 exponent values with 3-bit mantissa, 8 exponent values with 2-bit mantissa, and 16 exponent values with 1-bit mantissa'"
            )
        case .hif4:
            return NumberFormatDefinition(
                name: "Huawei HiFloat4 (HiF4)", elementBits: 4, elementEncodings: ["S1E1M2"], element: .hif4,
                blockScale: .init(encoding: "three-level scale metadata", bits: 32, blockSize: 64),
                sourceURL: "https://arxiv.org/abs/2602.11287",
                sourceTitle:
                    "'HiFloat4 Format for Language Model Inference' (Huawei), arXiv 2602.11287: 'Each HiF4 unit packs 64 4-bit elements with 32 bits of shared scaling metadata, averaging 4.5 bits per value. The metadata specifies a three-level scaling hierarchy'; element layout '1 sign bit, 1 exponent bit, 2 mantissa bits' from Huawei CANN's hifloat4.h (https://gitcode.com/cann/opbase/blob/master/include/nnopbase/opdev/hifloat4.h)"
            )
        case .bfp8:
            return NumberFormatDefinition(
                name: "Tenstorrent BLOCKFP8 (BFP8_B)", elementBits: 8, elementEncodings: ["sign + 7-bit mantissa"],
                element: .bfp8, blockScale: .init(encoding: "shared 8-bit exponent", bits: 8, blockSize: 16),
                sourceURL: "https://docs.tenstorrent.com/pybuda/latest/dataformats.html",
                sourceTitle:
                    "Tenstorrent, Data Formats and Math Fidelity: 'BFP8-B | 1-bit | 8-bit | 7-bit | N/A | Yes | Yes' (sign, exponent, mantissa, shared exponent); 'The exponent is always shared across all elements in a block of 16 elements'"
            )
        default:
            return nil
        }
    }

    /// The OCP MX v1.0 specification, which defines MXFP8, MXFP6 and MXFP4.
    static let ocpMX = "https://www.opencompute.org/documents/ocp-microscaling-formats-mx-v1-0-spec-final-pdf"
}
