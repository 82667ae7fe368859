import OAMCore
import OAMSolver
import Testing

/// Block-scaled formats (MXFP8/MXFP4, NVFP4, HiFloat4): scale bytes from their definitions,
/// checkpoint layouts, and how a chip's support for them is read.
@Suite struct BlockScaledFormatTests {
    typealias F = SolverFixtures

    @Test func scaleBytesFollowTheDefinition() {
        // A 4096 × 4096 matrix, scales along the 4096 input columns of each of 4096 rows.
        // MXFP4: 4096 rows × ⌈4096 / 32⌉ = 128 blocks × 1 byte = 524,288 B.
        #expect(WeightFormat.mxfp4.scales.bytes(rows: 4096, cols: 4096) == 524_288)
        // MXFP8: the same blocks and E8M0 scales: 524,288 B.
        #expect(WeightFormat.mxfp8.scales.bytes(rows: 4096, cols: 4096) == 524_288)
        // NVFP4: 4096 × ⌈4096 / 16⌉ = 256 blocks × 1 byte = 1,048,576 B.
        #expect(WeightFormat.nvfp4.scales.bytes(rows: 4096, cols: 4096) == 1_048_576)
        // HiFloat4: 4096 × ⌈4096 / 64⌉ = 64 units × 4 bytes (32 bits of metadata) = 1,048,576 B.
        #expect(WeightFormat.hif4.scales.bytes(rows: 4096, cols: 4096) == 1_048_576)
        // Elements plus scales of the MXFP4 matrix: 4096² × 0.5 + 524,288 = 8,912,896 B,
        // which is 4096² × 0.53125 (Precision.mxfp4.bytesWithScales).
        let total = Double(4096 * 4096) * WeightFormat.mxfp4.quantizedBytes + 524_288
        #expect(total == Double(4096 * 4096) * Precision.mxfp4.bytesWithScales)
    }

    @Test func checkpointsKeepTheirFormatName() {
        var model = F.model("openai/gpt-oss-120b")
        let (mx, _) = CheckpointFormat.format(of: model)
        #expect(mx.quantized == .mxfp4 && mx.name == "mxfp4")
        #expect(mx.scales == .group(size: 32, bytes: 1, zeroBytes: 0, indexBytesPerColumn: 0))
        // An NVFP4 checkpoint that states group 16 and E4M3 scales.
        model.checkpoint.dtype = "fp4"
        model.checkpoint.quantization = .init(method: "nvfp4", groupSize: 16, scaleDtype: "e4m3")
        let (nv, _) = CheckpointFormat.format(of: model)
        #expect(nv.quantized == .nvfp4)
        #expect(nv.scales == .group(size: 16, bytes: 1, zeroBytes: 0, indexBytesPerColumn: 0))
        // A missing group size falls back to the definition's block (NVFP4: 16).
        model.checkpoint.quantization = .init(method: "nvfp4", groupSize: nil, scaleDtype: nil)
        #expect(
            CheckpointFormat.format(of: model).format.scales == .group(size: 16, bytes: 1, zeroBytes: 0, indexBytesPerColumn: 0))
    }

    @Test func silentFormatsFollowTheirElementPath() {
        let b200 = ChipProfileBuilder.build(F.chip("nvidia/b200"), report: nil, defaults: .standard)
        // B200 states fp4 only: MXFP4 and NVFP4 run on that path, at that peak, and say so.
        for format in [Precision.mxfp4, .nvfp4] {
            #expect(b200.peak(format)?.value == b200.peak(.fp4)?.value, "\(format)")
            guard case .native(let evidence)? = b200.support[format] else {
                Issue.record("\(format): \(String(describing: b200.support[format]))")
                continue
            }
            #expect(evidence.hasPrefix("\(format.rawValue) (no figure of its own) on its fp4 elements' path: "))
        }
        // A format the descriptor lists as unsupported is not inherited.
        var chip = F.chip("nvidia/b200")
        chip.unsupported.append(.nvfp4)
        let listed = ChipProfileBuilder.build(chip, report: nil, defaults: .standard)
        #expect(listed.support[.nvfp4] == .unsupported(evidence: "descriptor lists nvfp4 under unsupported"))
        #expect(listed.peak(.nvfp4) == nil)
        // HiFloat formats have no plainer neighbour: without a figure they stay unknown.
        if case .unknown? = b200.support[.hif4] {} else { Issue.record("hif4: \(String(describing: b200.support[.hif4]))") }
    }

    /// An NVFP4 or MXFP4 GEMM runs at the large-GEMM ceiling measured in FP4 (the E2M1 tensor
    /// cores a cuBLASLt FP4 benchmark exercises): GB200's 7609.1 of 10000 TFLOPS = 0.76091, the
    /// report's 0.761 (fractions kept to three decimals; Azure ND GB200 v6), not the BF16
    /// fraction or the default 0.5.
    @Test func blockScaledFormatsTakeTheirElementsGEMMCeiling() {
        let gb200 = F.chip("nvidia/gb200")
        let report = F.builtInReports(["nvidia/gb200"])["nvidia/gb200"]
        let profile = ChipProfileBuilder.build(gb200, report: report, defaults: .standard)
        #expect(profile.gemmFraction(.fp4).value == 0.761)
        for format in [Precision.nvfp4, .mxfp4] {
            #expect(profile.gemmFraction(format).value == profile.gemmFraction(.fp4).value, "\(format)")
        }
        // FP8: 2819.5 of 5000 TFLOPS = 0.5639 → 0.564; BF16 has no measurement: the default.
        #expect(profile.gemmFraction(.fp8).value == 0.564)
        #expect(profile.gemmFraction(.bf16).value == SolverDefaults.standard.computeFraction.value)
    }
}
