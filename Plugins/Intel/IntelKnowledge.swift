import OAMAdapterAPI

/// What the Intel Gaudi software enables on Gaudi 2 and Gaudi 3, with sources.
enum IntelKnowledge {
    static let all: [ModuleKnowledge] = [gaudi2, gaudi3]

    static let frameworks = [
        FrameworkRule(
            FrameworkSupport(
                name: "vLLM (Intel Gaudi plugin)", features: [.pagedAttention, .int4AWQ, .int4GPTQ],
                source: IntelSources.vllmGaudi, tier: .thirdParty)),
        FrameworkRule(
            FrameworkSupport(
                name: "vLLM (Intel Gaudi plugin)", features: [.fp8PerTensor, .fp8KVCache], source: IntelSources.vllmINC,
                tier: .thirdParty)),
    ]

    static let gaudi2 = ModuleKnowledge(
        "intel/gaudi2",
        precisions: [
            PrecisionSupport(
                .fp8, .native,
                method: "E4M3/E5M2 on the MME; inference models are quantized with HQT/INC after a measurement run",
                minimumStack: "Intel Gaudi software 1.14.0", source: IntelSources.release114, tier: .vendor)
        ],
        usableMemoryBytes: Reported(
            (98304 - 768) * UnitScale.MiB, source: IntelSources.hlsmiGaudi2, tier: .measured,
            note: "hl-smi total 98304 MiB minus ~768 MiB used on an idle HL-225"),
        sustainedCompute: MeasuredThroughput(
            perDevice: 429.3 * UnitScale.TFLOPS, precision: .bf16, source: IntelSources.mamf,
            note: "MAMF finder v1 (no cache reset, may overstate), BF16, Intel Gaudi software 1.15"),
        frameworks: frameworks,
        notes: [
            "FP8 minimum 1.14.0 is the first release notes announcing FP8 quantization (HQT); FP8 training through the Transformer Engine may predate it."
        ])

    static let gaudi3 = ModuleKnowledge(
        "intel/gaudi3",
        precisions: [
            PrecisionSupport(
                .fp8, .native, method: "E4M3/E5M2 on the MME through INC", source: IntelSources.fp8Inference, tier: .vendor)
        ],
        sustainedCompute: MeasuredThroughput(
            perDevice: 1288.8 * UnitScale.TFLOPS, precision: .bf16, source: IntelSources.mamf,
            note: "MAMF finder v1, BF16, Intel Gaudi software 1.19; the MME ran at 1600 MHz instead of the planned 1750 MHz"),
        frameworks: frameworks,
        notes: [
            "FP8 measurements (scales) made on Gaudi 2 cannot be reused on Gaudi 3.",
            "The first Intel Gaudi software version supporting Gaudi 3 was not established.",
        ])
}
