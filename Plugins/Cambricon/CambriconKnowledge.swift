import OAMAdapterAPI

/// What is publicly known about Cambricon MLUs, with sources.
enum CambriconKnowledge {
    enum Sources {
        /// vLLM-MLU README: vLLM plugin, Cambricon SDK 25.08, MLU370 and newer only, DeepSeek-V3.2 day 0.
        static let vllmMLU = "https://github.com/Cambricon/vllm-mlu/blob/208b86f726a9f98cbada1637c0954ad5b38c75c2/README.md"
        /// Press on the MLU370-X8: FP32/FP16/BF16/INT16/INT8/INT4, MLU-Link bridge of 4 cards.
        static let mlu370Press = "http://guangxilong.com/c/032129635H022.html"
        /// The PCI ID Repository at a fixed commit: vendor cabc, 0270 MLU270-S4, 0370 MLU370-S4.
        static let pciIDs = "https://github.com/pciutils/pciids/blob/006181e2c5d5b9a3b57d252aa5b3d827971d41a9/pci.ids"
    }

    /// MLU architecture generations named in Cambricon's material and the registry.
    static let architectures = ["MLUv01", "MLUv02", "MLUarch03"]

    static let devices: [KnownDevice] = [
        KnownDevice("cabc:0270", "MLU270-S4", module: nil, source: Sources.pciIDs, tier: .thirdParty),
        KnownDevice(
            "cabc:0370", "MLU370-S4", module: nil, source: Sources.pciIDs, tier: .thirdParty,
            note: "the MLU370-S4 card; the MLU370-X8 and MLU290-M5 have no pci.ids entry"),
    ]

    static let all: [ModuleKnowledge] = [mlu370x8, mlu290m5]

    static let mlu370x8 = ModuleKnowledge(
        "cambricon/mlu370-x8",
        precisions: [PrecisionSupport(.bf16, .native, source: Sources.mlu370Press, tier: .press)],
        frameworks: [
            FrameworkRule(
                FrameworkSupport(
                    name: "vLLM-MLU", features: [.pagedAttention, .mla, .moe], source: Sources.vllmMLU, tier: .vendor),
                minimumStack: "Cambricon SDK 25.08")
        ],
        notes: [
            "The MLU370-X8 is two chips on one card; how many devices the driver lists was not found, so figures are per card."
        ])

    static let mlu290m5 = ModuleKnowledge(
        "cambricon/mlu290-m5",
        notes: ["vLLM-MLU supports only the MLU370 and newer, so no serving framework is known for the MLU290."])
}
