import OAMAdapterAPI

/// What ROCm enables on each Instinct module, with sources. CDNA 3 (gfx942: MI300X,
/// MI325X) computes FP8 in the FNUZ encoding and has no FP6/FP4; CDNA 4 (gfx950: MI350X,
/// MI355X) adds OCP FP8, FP6 and MXFP4 and needs ROCm 7; CDNA 2 (gfx90a: MI250X) has no FP8.
enum AMDKnowledge {
    static let all: [ModuleKnowledge] = [mi210, mi250, mi250x, mi300x, mi325x, mi350x, mi355x]

    static let cdna3Precisions: [PrecisionSupport] = [
        PrecisionSupport(
            .fp8, .native, method: "FNUZ encoding (E4M3FNUZ/E5M2FNUZ); OCP FP8 is not supported on gfx942",
            minimumStack: "ROCm 6.1.0", source: AMDSources.precision610, tier: .vendor),
        PrecisionSupport(.fp6, .unsupported, source: AMDSources.cdna4WhitePaper, tier: .vendor),
        PrecisionSupport(
            .fp4, .emulated,
            method:
                "weight-only W4A16: MXFP4 MoE weights unpacked to BF16 inside vLLM's Triton matmul_ogs kernel (gpt-oss-120b on one MI300X); gfx942 has no FP4 matrix instructions (native MXFP4 GEMM only on gfx950)",
            source: AMDSources.vllmGptOssBlog, tier: .thirdParty),
    ]

    /// vLLM with MXFP4 MoE checkpoints (gpt-oss) on gfx942/gfx950, from 0.10.1.
    static let vllmMXFP4 = FrameworkRule(
        FrameworkSupport(
            name: "vLLM", minimumVersion: "0.10.1", features: [.moe, .slidingWindow, .mxfp4], source: AMDSources.vllmGptOssBlog,
            tier: .thirdParty))

    static let cdna3Notes = [
        "FP8 minimum ROCm 6.1.0 is the earliest ROCm documentation found that lists float8; whether ROCm 6.0 already enabled it was not established, so the gate is conservative.",
        "MXFP4 on gfx942 is weight-only (vLLM's Triton MoE kernels, from vLLM 0.10.1); the minimum ROCm version for it was not established (current vLLM ROCm wheels target ROCm 7.0).",
    ]

    static let cdna4Precisions: [PrecisionSupport] = [
        PrecisionSupport(
            .fp8, .native, method: "OCP E4M3/E5M2", minimumStack: "ROCm 7.0", source: AMDSources.mi350Launch, tier: .press),
        PrecisionSupport(.fp6, .native, minimumStack: "ROCm 7.0", source: AMDSources.precisionLatest, tier: .vendor),
        PrecisionSupport(
            .fp4, .native, method: "MXFP4: E2M1 with E8M0 scales per 32 elements", minimumStack: "ROCm 7.0",
            source: AMDSources.precisionLatest, tier: .vendor),
        PrecisionSupport(
            .tf32, .emulated, method: "hipBLASLt emulates TF32 GEMMs; gfx950 has no TF32 matrix instructions",
            minimumStack: "ROCm 7.0.0", source: AMDSources.hipBLASLt700, tier: .vendor),
    ]

    static let cdna4Notes = [
        "The MI350 series launched with ROCm 7; FP4/FP6 HIP types appear in the ROCm 7 documentation and not in ROCm 6.4.x.",
        "vLLM's gpt-oss recipe serves MI355X with amd/gpt-oss-120b-w-mxfp4-a-fp8 (MXFP4 weights, FP8 activations).",
    ]

    /// vLLM's ROCm path: FP8 W8A8 on AMD GPUs; AWQ/GPTQ kernels are not available there.
    static let vllm = FrameworkRule(
        FrameworkSupport(
            name: "vLLM", features: [.pagedAttention, .fp8PerTensor], source: AMDSources.vllmQuantization, tier: .thirdParty))

    /// CDNA 2 (gfx90a): no FP8 in the HIP FP8 support table.
    static let cdna2FP8 = PrecisionSupport(.fp8, .unsupported, source: AMDSources.hipFP8, tier: .vendor)

    static let mi210 = ModuleKnowledge("amd/mi210", precisions: [cdna2FP8])

    static let mi250 = ModuleKnowledge(
        "amd/mi250", precisions: [cdna2FP8],
        notes: ["Each MI250 module is two GCDs, each its own device; it shares PCI id 1002:740c with the MI250X."])

    static let mi250x = ModuleKnowledge(
        "amd/mi250x",
        precisions: [cdna2FP8],
        sustainedCompute: MeasuredThroughput(
            perDevice: 147.0 * UnitScale.TFLOPS, precision: .bf16, source: AMDSources.mamf,
            note: "MAMF finder v1 (no cache reset, may overstate), BF16, per GCD", stack: "ROCm 6.2"),
        notes: ["Each MI250X module is two GCDs, each its own device; figures are per GCD."])

    static let mi300x = ModuleKnowledge(
        "amd/mi300x",
        precisions: cdna3Precisions,
        sustainedCompute: MeasuredThroughput(
            perDevice: 668.4 * UnitScale.TFLOPS, precision: .bf16, source: AMDSources.mamf,
            note: "MAMF finder v2 (mean of 100 iterations), BF16, torch 2.5.1, PYTORCH_TUNABLEOP_ENABLED=1", stack: "ROCm 6.3"),
        sustainedBandwidth: MeasuredThroughput(
            perDevice: 4.09 * UnitScale.TB, source: AMDSources.azureMI300X,
            note: "STREAM-like triad on Azure ND MI300X v5, HIP 6.2"),
        scaleUp: ScaleUpReport(
            allReduceBytesPerSecond: Reported(
                316.8 * UnitScale.GB, source: AMDSources.azureMI300X, tier: .measured,
                note: "RCCL all-reduce bus bandwidth, 8 GPUs, 8 GB message, Azure ND MI300X v5")),
        frameworks: [
            vllm, vllmMXFP4,
            FrameworkRule(
                FrameworkSupport(
                    name: "SGLang", features: [.mla, .moe, .fp8BlockScales], source: AMDSources.sglangDeepSeek, tier: .thirdParty)
            ),
        ],
        notes: cdna3Notes + [
            "MAMF rose from ~450 TFLOPS (ROCm 6.1) to ~780 TFLOPS (ROCm 6.2) on the same part: the stack matters, so each GEMM ceiling applies from the ROCm version it was measured on.",
            "No FP8 GEMM ceiling is measured for MI300X; FP8 math is assumed to reach the BF16 fraction of the FP8 peak.",
        ],
        computeMeasurements: [
            MeasuredThroughput(
                perDevice: 450 * UnitScale.TFLOPS, precision: .bf16, source: AMDSources.mamf, tier: .thirdParty,
                note: "\"with MI300X I clocked 450TFLOPS using ROCm-6.1\" (ml-engineering MAMF notes), BF16", stack: "ROCm 6.1"),
            MeasuredThroughput(
                perDevice: 781.9 * UnitScale.TFLOPS, precision: .bf16, source: AMDSources.mamf,
                note: "MAMF finder v1 (no cache reset, may overstate), BF16", stack: "ROCm 6.2"),
        ])

    static let mi325x = ModuleKnowledge(
        "amd/mi325x",
        precisions: cdna3Precisions,
        sustainedCompute: MeasuredThroughput(
            perDevice: 784.9 * UnitScale.TFLOPS, precision: .bf16, source: AMDSources.mamf,
            note: "MAMF finder v2 (mean of 100 iterations), BF16, torch 2.6.0, 1000 W, PYTORCH_TUNABLEOP_ENABLED=1",
            stack: "ROCm 6.2.4"),
        frameworks: [vllm, vllmMXFP4],
        notes: cdna3Notes)

    /// Serving frameworks on CDNA 4 (gfx950): MXFP4 kernels need ROCm 7.0.
    static let cdna4Frameworks = [
        vllm,
        FrameworkRule(vllmMXFP4.support, minimumStack: "ROCm 7.0"),
        FrameworkRule(
            FrameworkSupport(
                name: "SGLang", features: [.mla, .moe, .mxfp4], source: AMDSources.sglangDeepSeek, tier: .thirdParty),
            minimumStack: "ROCm 7.0"),
    ]

    static let mi350x = ModuleKnowledge(
        "amd/mi350x",
        precisions: cdna4Precisions,
        frameworks: cdna4Frameworks,
        notes: cdna4Notes)

    static let mi355x = ModuleKnowledge(
        "amd/mi355x",
        precisions: cdna4Precisions,
        frameworks: cdna4Frameworks,
        notes: cdna4Notes)
}
