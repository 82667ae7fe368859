import OAMAdapterAPI

/// What CUDA enables on each NVIDIA module, with sources. Ampere (CC 8.0) has no FP8
/// tensor cores (FP8 checkpoints run weight-only); Hopper (CC 9.0) adds FP8 from CUDA
/// 11.8; Blackwell (CC 10.0) adds FP6/FP4 (MXFP4, NVFP4) and needs CUDA 12.8. Before
/// Blackwell, FP4 has no tensor cores but MXFP4 weights run weight-only (dequantized inside
/// the GEMM, BF16 math): Triton `matmul_ogs` / FlashInfer on Hopper, Marlin on Ampere/Ada.
enum NVIDIAKnowledge {
    static let all: [ModuleKnowledge] = [a100, l40s, h100, h200, h200NVL, h20, b200, gb200]

    static let hopperFP8 = PrecisionSupport(
        .fp8, .native, method: "E4M3/E5M2 tensor cores, per-tensor or block scales",
        minimumStack: "CUDA 11.8", source: NVIDIASources.cutlassHopper, tier: .thirdParty)
    /// Hopper: no FP4 tensor cores (Transformer Engine support matrix), but vLLM ≥ 0.10.1 runs
    /// MXFP4 MoE weights weight-only (gpt-oss-120b on one H100).
    static let hopperFP4 = PrecisionSupport(
        .fp4, .emulated,
        method:
            "weight-only W4A16: MXFP4 MoE weights unpacked to BF16 inside the GEMM (vLLM ≥ 0.10.1: OpenAI Triton matmul_ogs, FlashInfer MXFP4×BF16 or Marlin); no FP4 tensor cores before Blackwell",
        source: NVIDIASources.vllmGptOssBlog, tier: .thirdParty)
    /// Ampere and Ada: MXFP4 weights through the Marlin W4A16 MoE kernel (vLLM's MXFP4 minimum
    /// capability is 8.0; the Triton kernels need SM90+).
    static let marlinFP4 = PrecisionSupport(
        .fp4, .emulated,
        method: "weight-only W4A16: MXFP4 MoE weights dequantized in vLLM's Marlin MoE kernel, BF16 math; no FP4 tensor cores",
        source: NVIDIASources.vllmMXFP4, tier: .thirdParty)
    /// vLLM with MXFP4 MoE checkpoints (gpt-oss) on Hopper: from 0.10.1.
    static let vllmHopperMXFP4 = FrameworkRule(
        FrameworkSupport(
            name: "vLLM", minimumVersion: "0.10.1", features: [.moe, .slidingWindow, .mxfp4],
            source: NVIDIASources.vllmGptOssBlog, tier: .thirdParty))

    /// H100 SXM large-GEMM ceilings (MAMF finder v2, torch 2.7.0+cu126): BF16 794.5, FP8 1402.6 TFLOPS.
    static let gh100BF16 = MeasuredThroughput(
        perDevice: 794.5 * UnitScale.TFLOPS, precision: .bf16, source: NVIDIASources.mamf,
        note: "MAMF finder v2 (mean of 100 iterations, best of a shape sweep), BF16, H100 SXM")
    static let gh100FP8 = MeasuredThroughput(
        perDevice: 1402.6 * UnitScale.TFLOPS, precision: .fp8, source: NVIDIASources.mamf,
        note: "MAMF finder v2 (mean of 100 iterations, best of a shape sweep), FP8 e4m3, H100 SXM")

    /// vLLM on Ampere/Hopper: AWQ and GPTQ (Marlin kernels).
    static let vllmInt4 = FrameworkRule(
        FrameworkSupport(
            name: "vLLM", features: [.pagedAttention, .int4AWQ, .int4GPTQ], source: NVIDIASources.vllmQuantization,
            tier: .thirdParty))
    /// vLLM FP8 on Hopper: W8A8 per-tensor, and block-quantized checkpoints (DeepGEMM/FlashInfer kernels).
    static let vllmHopperFP8 = FrameworkRule(
        FrameworkSupport(
            name: "vLLM", features: [.fp8PerTensor, .fp8BlockScales], source: NVIDIASources.vllmFP8, tier: .thirdParty))

    static let a100 = ModuleKnowledge(
        "nvidia/a100-sxm-80gb",
        precisions: [
            PrecisionSupport(
                .fp8, .emulated,
                method: "weight-only W8A16: FP8 weights are dequantized in the Marlin GEMM; no FP8 tensor cores on CC 8.0",
                source: NVIDIASources.vllmFP8, tier: .thirdParty),
            PrecisionSupport(
                .fp4, .emulated,
                method:
                    "weight-only W4A16: MXFP4 MoE weights dequantized in vLLM's Marlin MoE kernel (gpt-oss default on Ampere, 120b on one A100 80GB), BF16 math; no FP4 tensor cores",
                source: NVIDIASources.vllmGptOssRecipe, tier: .thirdParty),
        ],
        usableMemoryBytes: Reported(
            (81920 - 763) * UnitScale.MiB, source: NVIDIASources.smiA100, tier: .measured,
            note: "nvidia-smi FB memory total 81920 MiB minus reserved 763 MiB on an HGX A100, before any CUDA context"),
        sustainedCompute: MeasuredThroughput(
            perDevice: 271.2 * UnitScale.TFLOPS, precision: .bf16, source: NVIDIASources.mamf,
            note: "MAMF finder v2 (mean of 100 iterations), BF16"),
        frameworks: [
            vllmInt4,
            FrameworkRule(
                FrameworkSupport(
                    name: "SGLang", features: [.mla, .moe, .int4AWQ], source: NVIDIASources.sglangDeepSeek, tier: .thirdParty)),
            FrameworkRule(
                FrameworkSupport(
                    name: "vLLM", features: [.moe, .mxfp4], source: NVIDIASources.vllmGptOssRecipe, tier: .thirdParty)),
        ],
        notes: [
            "The first vLLM release with the Marlin MXFP4 MoE path on Ampere was not established; the gpt-oss recipe documents it as the default."
        ])

    static let l40s = ModuleKnowledge(
        "nvidia/l40s",
        precisions: [
            PrecisionSupport(
                .fp8, .native, method: "E4M3/E5M2 tensor cores (Ada, CC 8.9)", source: NVIDIASources.vllmFP8, tier: .thirdParty),
            marlinFP4,
        ],
        frameworks: [
            vllmInt4,
            FrameworkRule(
                FrameworkSupport(
                    name: "vLLM", features: [.fp8PerTensor], source: NVIDIASources.vllmQuantization, tier: .thirdParty)),
        ],
        notes: [
            "The first CUDA version with FP8 on Ada is not established from an NVIDIA source; no minimum is stated.",
            "MXFP4 weight-only on Ada follows from vLLM's backend selection (minimum capability 8.0, Marlin below SM90); no published Ada deployment was found.",
        ])

    static let h100 = ModuleKnowledge(
        "nvidia/h100-sxm",
        precisions: [hopperFP8, hopperFP4],
        usableMemoryBytes: Reported(
            (81559 - 454) * UnitScale.MiB, source: NVIDIASources.smiH100, tier: .measured,
            note: "nvidia-smi FB memory total 81559 MiB minus reserved 454 MiB on an HGX H100, before any CUDA context"),
        sustainedCompute: gh100BF16,
        sustainedBandwidth: MeasuredThroughput(
            perDevice: 2.97 * UnitScale.TB, source: NVIDIASources.azureH100,
            note: "STREAM-like triad on Azure ND H100 v5, CUDA 12.6"),
        scaleUp: ScaleUpReport(
            allReduceBytesPerSecond: Reported(
                478.9 * UnitScale.GB, source: NVIDIASources.azureH100, tier: .measured,
                note: "NCCL all-reduce bus bandwidth (NVLS), 8 GPUs, 8 GB message, Azure ND H100 v5")),
        frameworks: [
            vllmInt4, vllmHopperFP8, vllmHopperMXFP4,
            FrameworkRule(
                FrameworkSupport(
                    name: "SGLang", features: [.mla, .moe, .fp8BlockScales, .int4AWQ], source: NVIDIASources.sglangDeepSeek,
                    tier: .thirdParty)),
        ],
        computeMeasurements: [gh100FP8])

    /// The H200 is the H100's GH100 die with 141 GB of faster HBM3e at the same 700 W: the same
    /// tensor cores and registry peaks, so the GEMM ceilings measured on H100 apply; its own
    /// Azure run corroborates FP8 (cuBLASLt 1366.3 TFLOPS at 16384³ vs 1377.3 on H100).
    static let h200 = ModuleKnowledge(
        "nvidia/h200-sxm",
        precisions: [hopperFP8, hopperFP4],
        sustainedCompute: MeasuredThroughput(
            perDevice: gh100BF16.perDevice, precision: .bf16, source: NVIDIASources.mamf, tier: .thirdParty,
            note:
                "measured on H100 SXM (MAMF finder v2, BF16); applies to H200: same GH100 compute, only the memory differs (ml-engineering accelerator notes, note 4)"
        ),
        sustainedBandwidth: MeasuredThroughput(
            perDevice: 4.15 * UnitScale.TB, source: NVIDIASources.azureH200,
            note: "STREAM-like triad on Azure ND H200 v5, CUDA 12.6"),
        scaleUp: ScaleUpReport(
            allReduceBytesPerSecond: Reported(
                479.98 * UnitScale.GB, source: NVIDIASources.azureH200, tier: .measured,
                note: "NCCL all-reduce bus bandwidth (NVLS), 8 GPUs, 8 GB message, Azure ND H200 v5")),
        frameworks: [
            vllmInt4, vllmHopperFP8, vllmHopperMXFP4,
            FrameworkRule(
                FrameworkSupport(
                    name: "SGLang", features: [.mla, .moe, .fp8BlockScales], source: NVIDIASources.sglangDeepSeek,
                    tier: .thirdParty)),
        ],
        notes: [
            "An exact nvidia-smi memory total for the H200 SXM was not found in a citable source; usable memory is left unknown.",
            "GEMM ceilings are the H100's (same GH100 silicon and clocks); H200 serving is faster where weight and KV-cache reads matter (4.8 vs 3.35 TB/s).",
        ],
        computeMeasurements: [
            MeasuredThroughput(
                perDevice: gh100FP8.perDevice, precision: .fp8, source: NVIDIASources.mamf, tier: .thirdParty,
                note:
                    "measured on H100 SXM (MAMF finder v2, FP8 e4m3); applies to H200 (same GH100 compute); Azure ND H200 v5 cuBLASLt FP8 reaches 1366.3 TFLOPS at 16384³"
            )
        ])

    /// The H200 NVL is the same GH100 with the same 141 GB of HBM3e at 4.8 TB/s, capped at
    /// 600 W, so its peaks are ~84 % of the SXM's. Its GEMM ceilings are the H100 SXM's MAMF
    /// fractions of the peak (BF16 794.5 of 989, FP8 1402.6 of 1979 TFLOPS) applied to the NVL's
    /// own peaks (835.5 and 1670.5 TFLOPS), not the SXM's absolute rates; its streaming ceiling
    /// is the H200 SXM's STREAM triad (same memory).
    static let h200NVL = ModuleKnowledge(
        "nvidia/h200-nvl",
        precisions: [hopperFP8, hopperFP4],
        sustainedCompute: MeasuredThroughput(
            perDevice: 794.5 / 989 * 835.5 * UnitScale.TFLOPS, precision: .bf16, source: NVIDIASources.mamf, tier: .thirdParty,
            note:
                "H100 SXM MAMF finder v2 BF16, 794.5 of 989 TFLOPS (0.803), applied to the H200 NVL's 835.5 TFLOPS peak: same GH100 silicon at a 600 W cap; no NVL measurement was found"
        ),
        sustainedBandwidth: MeasuredThroughput(
            perDevice: 4.15 * UnitScale.TB, source: NVIDIASources.azureH200, tier: .thirdParty,
            note: "STREAM-like triad on Azure ND H200 v5 (H200 SXM, CUDA 12.6): the same 141 GB of HBM3e at 4.8 TB/s"),
        frameworks: [vllmInt4, vllmHopperFP8, vllmHopperMXFP4],
        notes: [
            "GEMM ceilings are the H100 SXM's fractions of the peak applied to the NVL's lower peaks; the NVL's own sustained clocks under a 600 W cap were not found in a citable source.",
            "Usable memory is left unknown, as for the H200 SXM.",
        ],
        computeMeasurements: [
            MeasuredThroughput(
                perDevice: 1402.6 / 1979 * 1670.5 * UnitScale.TFLOPS, precision: .fp8, source: NVIDIASources.mamf,
                tier: .thirdParty,
                note:
                    "H100 SXM MAMF finder v2 FP8 e4m3, 1402.6 of 1979 TFLOPS (0.709), applied to the H200 NVL's 1670.5 TFLOPS peak"
            )
        ])

    static let h20 = ModuleKnowledge(
        "nvidia/h20",
        precisions: [hopperFP4],
        frameworks: [
            vllmInt4, vllmHopperFP8, vllmHopperMXFP4,
            FrameworkRule(
                FrameworkSupport(
                    name: "SGLang", features: [.mla, .moe, .fp8BlockScales, .int4AWQ], source: NVIDIASources.sglangDeepSeek,
                    tier: .thirdParty)),
        ],
        notes: [
            "The H20 is a GH100 part (pci.ids), hence Hopper, compute capability 9.0; no NVIDIA document for it was found, so its FP8 minimum CUDA version is left unstated."
        ])

    /// Blackwell (CC 10.0) tensor-core kinds, from CUDA 12.8.
    static let blackwellPrecisions = [
        PrecisionSupport(
            .fp8, .native, method: "E4M3/E5M2, per-tensor, block or MXFP8 scales", minimumStack: "CUDA 12.8",
            source: NVIDIASources.cutlassBlackwell, tier: .thirdParty),
        PrecisionSupport(
            .fp6, .native, method: "tcgen05 f8f6f4 kind", minimumStack: "CUDA 12.8", source: NVIDIASources.cutlassSM100,
            tier: .vendor),
        PrecisionSupport(
            .fp4, .native,
            method: "NVFP4 (E2M1, FP8 scales per 16) and MXFP4 (E8M0 scales per 32) block-scaled tcgen05 kinds",
            minimumStack: "CUDA 12.8", source: NVIDIASources.cutlassSM100, tier: .vendor),
    ]

    /// GB200 large-GEMM ceilings measured on Azure ND GB200 v6 (cuBLASLt, CUDA 12.8), the best
    /// of each size sweep as MAMF takes it: FP8 2819.5 TFLOPS (16384³) of the 5000 peak (0.564),
    /// FP4 7609.1 TFLOPS (8192³) of the 10000 peak (0.761).
    static let gb200FP8 = 2819.5
    static let gb200FP4 = 7609.1

    static let b200 = ModuleKnowledge(
        "nvidia/b200",
        precisions: blackwellPrecisions,
        frameworks: [
            FrameworkRule(
                FrameworkSupport(
                    name: "SGLang", features: [.mla, .moe, .fp8BlockScales, .nvfp4], source: NVIDIASources.sglangDeepSeek,
                    tier: .thirdParty), minimumStack: "CUDA 12.8")
        ],
        notes: [
            "nvidia-smi reports 183359 MiB on an HGX B200, but its reserved share was not found in a citable source; usable memory is left unknown.",
            "The BF16 and FP8 GEMM ceilings are OpenXLA's sm_100 table at 4096³; that table does not say whether it ran on a B200 or a GB200 (both are compute capability 10.0). No FP4 figure is in it, so FP4 runs on the default ceiling.",
        ],
        computeMeasurements: [
            MeasuredThroughput(
                perDevice: 1416.9 * UnitScale.TFLOPS, precision: .bf16, source: NVIDIASources.xlaSM100GEMM,
                tier: .thirdParty,
                note:
                    "OpenXLA sm_100 GEMM table, bf16×bf16→bf16 at 4096³ (the table's largest shape): 1416.9 of 2250 TFLOPS (0.630)"
            ),
            MeasuredThroughput(
                perDevice: 2765.0 * UnitScale.TFLOPS, precision: .fp8, source: NVIDIASources.xlaSM100GEMM,
                tier: .thirdParty,
                note: "OpenXLA sm_100 GEMM table, f8e4m3fn×f8e4m3fn→bf16 at 4096³: 2765.0 of 4500 TFLOPS (0.614)"),
        ])

    /// The GB200's Blackwell GPU (1200 W, NVLink domain of 72): its own GEMM ceilings from
    /// Azure ND GB200 v6.
    static let gb200 = ModuleKnowledge(
        "nvidia/gb200",
        precisions: blackwellPrecisions,
        notes: [
            "No BF16 GEMM or streaming-read measurement of the GB200 was found in a citable source; those ceilings stay the defaults."
        ],
        computeMeasurements: [
            MeasuredThroughput(
                perDevice: gb200FP8 * UnitScale.TFLOPS, precision: .fp8, source: NVIDIASources.azureGB200,
                note: "cuBLASLt FP8 GEMM, 16384³ (the best of the 1024³–32768³ sweep), 10,000 warm-up iterations, CUDA 12.8"),
            MeasuredThroughput(
                perDevice: gb200FP4 * UnitScale.TFLOPS, precision: .fp4, source: NVIDIASources.azureGB200,
                note:
                    "cuBLASLt FP4 GEMM, 8192³ (the best of the 1024³–32768³ sweep; 16384³ reached 5604.0), 10,000 warm-up iterations, CUDA 12.8"
            ),
        ])
}
