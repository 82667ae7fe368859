import OAMAdapterAPI

/// What is publicly known about the Kunlunxin R300, with sources.
enum KunlunxinKnowledge {
    enum Sources {
        /// The PCI ID Repository: vendor 1d22 (Baidu), 3684 Kunlun AI Accelerator, 3685 Kunlun2 VF.
        static let pciIDs = "https://github.com/pciutils/pciids/blob/006181e2c5d5b9a3b57d252aa5b3d827971d41a9/pci.ids"
        /// FlagPerf kunlunxin README (vendor-contributed): R480-X8, 8 R300 in 2 rings, xpu_smi fields.
        static let flagperf =
            "https://github.com/FlagOpen/FlagPerf/blob/0dee798309a479adf1b7b24a72b91a9db94c36e8/training/kunlunxin/README.md"
        /// PaddleNLP on R480/R300: driver 4.31.0, lspci shows 1d22:3684 ×8.
        static let paddleNLP =
            "https://github.com/PaddlePaddle/PaddleNLP/blob/e0064ad939f222fe4cbb86e79dbff59760d2314c/llm/devices/xpu/llama/README.md"
    }

    static let devices: [KnownDevice] = [
        KnownDevice(
            "1d22:3684", "Kunlun AI Accelerator", module: "kunlunxin/r300", source: Sources.paddleNLP, tier: .press,
            note: "pci.ids names the id generically; first-generation K100/K200 cards use it too"),
        KnownDevice(
            "1d22:3685", "Kunlun2 AI Accelerator [VF]", module: nil, source: Sources.pciIDs, tier: .thirdParty,
            note: "a second-generation virtual function; the product is not identified"),
    ]

    static let all: [ModuleKnowledge] = [r300]

    static let r300 = ModuleKnowledge(
        "kunlunxin/r300",
        frameworks: [
            FrameworkRule(FrameworkSupport(name: "PaddleNLP", features: [], source: Sources.paddleNLP, tier: .press))
        ],
        notes: [
            "On the R480-X8 baseboard the 8 R300 form 2 communication rings with 200 GB/s chip-to-chip aggregate bidirectional bandwidth (vendor text); per-peer and all-reduce figures cannot be derived from that.",
            "vLLM-Kunlun targets the Kunlun3 P800, not the R300.",
            "PaddleNLP's R300 guide uses driver 4.31.0; it states no minimum, so no gate is applied.",
        ])
}
