import OAMAdapterAPI

/// What CANN enables on Ascend 910B (Atlas A2) and 910C (Atlas A3), with sources. Both
/// are dav-c220 (NpuArch 2201) dies: BF16/FP16, INT8 and INT4 cube modes, no FP8 (FP8 and
/// MXFP4 arrive with Ascend 950).
enum HuaweiKnowledge {
    static let all: [ModuleKnowledge] = [ascend910b, ascend910b2, ascend910c]

    static func c220Precisions(_ source: String) -> [PrecisionSupport] {
        [
            PrecisionSupport(.bf16, .native, method: "support_bf16=1 in the CANN platform config", source: source, tier: .vendor),
            PrecisionSupport(.int8, .native, method: "cube INT8 mode (DtypeMKN 16×32×16)", source: source, tier: .vendor),
            PrecisionSupport(
                .int4, .native, method: "cube INT4 mode (DtypeMKN 16×64×16); no peak is published", source: source, tier: .vendor),
            PrecisionSupport(.fp8, .unsupported, source: HuaweiSources.hc2025, tier: .press),
        ]
    }

    static let vllmAscend = FrameworkRule(
        FrameworkSupport(
            name: "vLLM Ascend", features: [.pagedAttention, .mla, .moe], source: HuaweiSources.vllmAscendFeatures,
            tier: .thirdParty),
        minimumStack: "CANN 8.0.0")
    static let mindIE = FrameworkRule(
        FrameworkSupport(name: "MindIE", features: [], source: HuaweiSources.mindieATB, tier: .vendor))

    /// The serving frameworks of Atlas A2 (910B bins).
    static let a2Frameworks = [
        vllmAscend, mindIE,
        FrameworkRule(
            FrameworkSupport(name: "SGLang", features: [.moe], source: HuaweiSources.sglangAscendQuantization, tier: .thirdParty)),
    ]

    static let ascend910b = ModuleKnowledge(
        "huawei/ascend-910b",
        precisions: c220Precisions(HuaweiSources.platformB3),
        usableMemoryBytes: Reported(
            60.32 * UnitScale.GiB, source: HuaweiSources.flagperfCapacity, tier: .measured,
            note: "FlagPerf main-memory-capacity on an Atlas 800T A2: 60.32 GiB allocatable of 64 GiB (94.25 %)"),
        frameworks: a2Frameworks,
        notes: [
            "Sustained compute is left unknown: FlagPerf's measured FP16 GEMM (313.18 TFLOPS) equals the vendor reference value the registry uses as the peak, so a fraction from it would be circular.",
            "HCCS per-link bandwidth of Atlas A2 servers was not found in vendor material.",
            "vLLM Ascend's earliest installation guide found (v0.8.4rc1) requires CANN 8.0.0 or newer; with CANN ≥ 8.0.0 and MindIE ≥ 1.0.0, MindIE calls ATB directly.",
            "SGLang on A2/A3 uses integer quantization (W8A8, W4A8 for MoE), which the feature list cannot express.",
        ])

    /// The 910B2 bin: the same dav-c220 die and A2 software as the 910B descriptor's bin.
    static let ascend910b2 = ModuleKnowledge(
        "huawei/ascend-910b2",
        precisions: c220Precisions(HuaweiSources.platformB2),
        frameworks: a2Frameworks,
        notes: [
            "Usable memory and sustained compute were not measured on a 910B2 in a citable source; FlagPerf's Atlas 800T A2 figures belong to the 313T bin (huawei/ascend-910b).",
            "HCCS per-link bandwidth of Atlas A2 servers was not found in vendor material.",
        ])

    static let ascend910c = ModuleKnowledge(
        "huawei/ascend-910c",
        precisions: c220Precisions(HuaweiSources.platform9391),
        frameworks: [
            vllmAscend, mindIE,
            FrameworkRule(
                FrameworkSupport(name: "SGLang", features: [.mla, .moe], source: HuaweiSources.sglangDeepSeek, tier: .thirdParty)),
        ],
        notes: [
            "Each 910C package is two dies, each its own NPU device with 64 GiB (npu-smi shows 65536 MB per chip); usable memory per die was not measured in a citable source.",
            "Keynote figures for the 910C interconnect (784 GB/s per chip) do not say per direction or per peer; left unknown.",
        ])
}
