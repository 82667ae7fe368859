import OAMAdapterAPI

/// What CUDA enables on each NVIDIA module, with sources. Ampere (CC 8.0) has no FP8
/// tensor cores (FP8 checkpoints run weight-only); Hopper (CC 9.0) adds FP8 from CUDA
/// 11.8; Blackwell (CC 10.0) adds FP6/FP4 (MXFP4, NVFP4) and needs CUDA 12.8.
enum NVIDIAKnowledge {
    static let all: [ModuleKnowledge] = [a100, l40s, h100, h200, h20, b200]

    static let hopperFP8 = PrecisionSupport(.fp8, .native, method: "E4M3/E5M2 tensor cores, per-tensor or block scales",
                                            minimumStack: "CUDA 11.8", source: NVIDIASources.cutlassHopper, tier: .thirdParty)
    static let noFP4BeforeBlackwell = PrecisionSupport(.fp4, .unsupported, source: NVIDIASources.teSupportMatrix, tier: .vendor)

    /// vLLM on Ampere/Hopper: AWQ and GPTQ (Marlin kernels).
    static let vllmInt4 = FrameworkRule(FrameworkSupport(name: "vLLM", features: [.pagedAttention, .int4AWQ, .int4GPTQ], source: NVIDIASources.vllmQuantization, tier: .thirdParty))
    /// vLLM FP8 on Hopper: W8A8 per-tensor, and block-quantized checkpoints (DeepGEMM/FlashInfer kernels).
    static let vllmHopperFP8 = FrameworkRule(FrameworkSupport(name: "vLLM", features: [.fp8PerTensor, .fp8BlockScales], source: NVIDIASources.vllmFP8, tier: .thirdParty))

    static let a100 = ModuleKnowledge(
        "nvidia/a100-sxm-80gb",
        precisions: [
            PrecisionSupport(.fp8, .emulated, method: "weight-only W8A16: FP8 weights are dequantized in the Marlin GEMM; no FP8 tensor cores on CC 8.0",
                             source: NVIDIASources.vllmFP8, tier: .thirdParty),
            noFP4BeforeBlackwell,
        ],
        usableMemoryBytes: Reported((81920 - 763) * Units.MiB, source: NVIDIASources.smiA100, tier: .measured,
                                    note: "nvidia-smi FB memory total 81920 MiB minus reserved 763 MiB on an HGX A100, before any CUDA context"),
        sustainedCompute: MeasuredThroughput(perDevice: 271.2 * Units.TFLOPS, precision: .bf16, source: NVIDIASources.mamf,
                                             note: "MAMF finder v2 (mean of 100 iterations), BF16"),
        frameworks: [
            vllmInt4,
            FrameworkRule(FrameworkSupport(name: "SGLang", features: [.mla, .moe, .int4AWQ], source: NVIDIASources.sglangDeepSeek, tier: .thirdParty)),
        ])

    static let l40s = ModuleKnowledge(
        "nvidia/l40s",
        precisions: [
            PrecisionSupport(.fp8, .native, method: "E4M3/E5M2 tensor cores (Ada, CC 8.9)", source: NVIDIASources.vllmFP8, tier: .thirdParty),
            noFP4BeforeBlackwell,
        ],
        frameworks: [
            vllmInt4,
            FrameworkRule(FrameworkSupport(name: "vLLM", features: [.fp8PerTensor], source: NVIDIASources.vllmQuantization, tier: .thirdParty)),
        ],
        notes: ["The first CUDA version with FP8 on Ada is not established from an NVIDIA source; no minimum is stated."])

    static let h100 = ModuleKnowledge(
        "nvidia/h100-sxm",
        precisions: [hopperFP8, noFP4BeforeBlackwell],
        usableMemoryBytes: Reported((81559 - 454) * Units.MiB, source: NVIDIASources.smiH100, tier: .measured,
                                    note: "nvidia-smi FB memory total 81559 MiB minus reserved 454 MiB on an HGX H100, before any CUDA context"),
        sustainedCompute: MeasuredThroughput(perDevice: 794.5 * Units.TFLOPS, precision: .bf16, source: NVIDIASources.mamf,
                                             note: "MAMF finder v2 (mean of 100 iterations), BF16"),
        sustainedBandwidth: MeasuredThroughput(perDevice: 2.97 * Units.TB, source: NVIDIASources.azureH100,
                                               note: "STREAM-like triad on Azure ND H100 v5, CUDA 12.6"),
        scaleUp: ScaleUpReport(allReduceBytesPerSecond: Reported(478.9 * Units.GB, source: NVIDIASources.azureH100, tier: .measured,
                                                                note: "NCCL all-reduce bus bandwidth (NVLS), 8 GPUs, 8 GB message, Azure ND H100 v5")),
        frameworks: [
            vllmInt4, vllmHopperFP8,
            FrameworkRule(FrameworkSupport(name: "SGLang", features: [.mla, .moe, .fp8BlockScales, .int4AWQ], source: NVIDIASources.sglangDeepSeek, tier: .thirdParty)),
        ])

    static let h200 = ModuleKnowledge(
        "nvidia/h200-sxm",
        precisions: [hopperFP8, noFP4BeforeBlackwell],
        frameworks: [
            vllmInt4, vllmHopperFP8,
            FrameworkRule(FrameworkSupport(name: "SGLang", features: [.mla, .moe, .fp8BlockScales], source: NVIDIASources.sglangDeepSeek, tier: .thirdParty)),
        ],
        notes: ["An exact nvidia-smi memory total for the H200 SXM was not found in a citable source; usable memory is left unknown."])

    static let h20 = ModuleKnowledge(
        "nvidia/h20",
        precisions: [noFP4BeforeBlackwell],
        frameworks: [
            vllmInt4, vllmHopperFP8,
            FrameworkRule(FrameworkSupport(name: "SGLang", features: [.mla, .moe, .fp8BlockScales, .int4AWQ], source: NVIDIASources.sglangDeepSeek, tier: .thirdParty)),
        ],
        notes: ["The H20 is a GH100 part (pci.ids), hence Hopper, compute capability 9.0; no NVIDIA document for it was found, so its FP8 minimum CUDA version is left unstated."])

    static let b200 = ModuleKnowledge(
        "nvidia/b200",
        precisions: [
            PrecisionSupport(.fp8, .native, method: "E4M3/E5M2, per-tensor, block or MXFP8 scales", minimumStack: "CUDA 12.8", source: NVIDIASources.cutlassBlackwell, tier: .thirdParty),
            PrecisionSupport(.fp6, .native, method: "tcgen05 f8f6f4 kind", minimumStack: "CUDA 12.8", source: NVIDIASources.cutlassSM100, tier: .vendor),
            PrecisionSupport(.fp4, .native, method: "NVFP4 (E2M1, FP8 scales per 16) and MXFP4 (E8M0 scales per 32) block-scaled tcgen05 kinds", minimumStack: "CUDA 12.8", source: NVIDIASources.cutlassSM100, tier: .vendor),
        ],
        frameworks: [
            FrameworkRule(FrameworkSupport(name: "SGLang", features: [.mla, .moe, .fp8BlockScales, .nvfp4], source: NVIDIASources.sglangDeepSeek, tier: .thirdParty), minimumStack: "CUDA 12.8"),
        ],
        notes: ["nvidia-smi reports 183359 MiB on an HGX B200, but its reserved share was not found in a citable source; usable memory is left unknown."])
}
