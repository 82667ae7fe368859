import OAMAdapterAPI

/// What is publicly known about Moore Threads' S4000 and S5000, with sources.
enum MooreThreadsKnowledge {
    enum Sources {
        /// The PCI ID Repository: vendor 1ed5, 0323/0327/0328 MTT S4000, 0222/0225 S3000, 0201 S80.
        static let pciIDs = "https://github.com/pciutils/pciids/blob/006181e2c5d5b9a3b57d252aa5b3d827971d41a9/pci.ids"
        /// vLLM-MUSA README: V1 engine, recipes for DeepSeek-V4-Flash (MLA) and Qwen on S5000.
        static let vllmMUSA = "https://github.com/MooreThreads/vllm-musa/blob/010d6096a17581a894ff3d473c45fbca0e943823/README.md"
        /// vLLM-MUSA Qwen3-8B FP8 recipe on S5000.
        static let vllmMUSAFP8 =
            "https://github.com/MooreThreads/vllm-musa/blob/1f7513edd2245ad5d0d9017856e6275b78b312af/docs/cookbook/qwen/qwen3-8b-fp8.md"
        /// Press: FP4 only from the next-generation (Huashan) chip; S4000 = Quyuan.
        static let generations = "https://m.itbear.com.cn/html/2025-12/1060774.html"
    }

    static let devices: [KnownDevice] = [
        KnownDevice("1ed5:0323", "MTT S4000", module: "moore-threads/mtt-s4000", source: Sources.pciIDs, tier: .thirdParty),
        KnownDevice("1ed5:0327", "MTT S4000", module: "moore-threads/mtt-s4000", source: Sources.pciIDs, tier: .thirdParty),
        KnownDevice("1ed5:0328", "MTT S4000", module: "moore-threads/mtt-s4000", source: Sources.pciIDs, tier: .thirdParty),
        KnownDevice("1ed5:0222", "MTT S3000", module: nil, source: Sources.pciIDs, tier: .thirdParty),
        KnownDevice("1ed5:0225", "MTT S3000", module: nil, source: Sources.pciIDs, tier: .thirdParty),
        KnownDevice("1ed5:0201", "MTT S80", module: nil, source: Sources.pciIDs, tier: .thirdParty),
    ]

    static let all: [ModuleKnowledge] = [s5000, s4000]

    static let s5000 = ModuleKnowledge(
        "moore-threads/mtt-s5000",
        precisions: [PrecisionSupport(.fp4, .unsupported, source: Sources.generations, tier: .press)],
        frameworks: [
            FrameworkRule(
                FrameworkSupport(
                    name: "vLLM-MUSA", features: [.pagedAttention, .mla, .moe], source: Sources.vllmMUSA, tier: .vendor)),
            FrameworkRule(
                FrameworkSupport(name: "vLLM-MUSA", features: [.fp8PerTensor], source: Sources.vllmMUSAFP8, tier: .vendor)),
        ],
        notes: ["vLLM-MUSA v0.28 is built against MUSA 5.2.0 (torch_musa 2.11.0.post2); an older minimum is not documented."])

    static let s4000 = ModuleKnowledge(
        "moore-threads/mtt-s4000",
        precisions: [PrecisionSupport(.fp4, .unsupported, source: Sources.generations, tier: .press)],
        notes: ["vLLM-MUSA's recipes target the S5000; serving support for the S4000 was not found."])
}
