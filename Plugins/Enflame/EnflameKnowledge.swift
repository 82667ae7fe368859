import OAMAdapterAPI

/// What vLLM-GCU and TopsRider enable on Enflame's S60, with sources. The T20/T21 (DTU 2.0)
/// are not covered by vLLM-GCU's documentation, so their capabilities stay unknown.
enum EnflameKnowledge {
    enum Sources {
        /// vLLM-GCU quantization guide: FP16/BF16; GPTQ and AWQ (group 64 multiples), INT8 W8A16; FP8 not supported.
        static let vllmQuantization =
            "https://github.com/EnflameTechnology/vllm-gcu/blob/2d12ee87a784acf935f6a6b7117950c07667a739/docs/content/source/usage/quantization.md"
    }

    static let all: [ModuleKnowledge] = [s60, t20, t21]

    static let s60 = ModuleKnowledge(
        "enflame/s60",
        precisions: [
            PrecisionSupport(.bf16, .native, source: Sources.vllmQuantization, tier: .vendor),
            PrecisionSupport(.fp16, .native, source: Sources.vllmQuantization, tier: .vendor),
            PrecisionSupport(.fp8, .unsupported, source: Sources.vllmQuantization, tier: .vendor),
            PrecisionSupport(
                .int8, .emulated, method: "weight-only W8A16 in vLLM-GCU; W8A8 was in development", minimumStack: "TopsRider 3.4",
                source: Sources.vllmQuantization, tier: .vendor),
            PrecisionSupport(
                .int4, .emulated,
                method: "weight-only GPTQ/AWQ with group size 64 or a multiple (GPTQ g_idx shuffle unsupported)",
                minimumStack: "TopsRider 3.4", source: Sources.vllmQuantization, tier: .vendor),
        ],
        frameworks: [
            FrameworkRule(
                FrameworkSupport(
                    name: "vLLM-GCU", features: [.pagedAttention, .int4AWQ, .int4GPTQ], source: Sources.vllmQuantization,
                    tier: .vendor), minimumStack: "TopsRider 3.4")
        ],
        notes: ["vLLM-GCU names its minimum 'TopsRider i3x 3.4'; it is compared here as TopsRider 3.4."])

    static let t20 = ModuleKnowledge(
        "enflame/t20", notes: ["vLLM-GCU documents the S60 only; serving support for the T20 is unknown."])
    static let t21 = ModuleKnowledge(
        "enflame/t21", notes: ["vLLM-GCU documents the S60 only; serving support for the T21 is unknown."])
}
