import OAMAdapterAPI

/// What is publicly known about Hygon DCUs, with sources.
enum HygonKnowledge {
    enum Sources {
        /// The PCI ID Repository: vendor 1d94, 6211 K100_AI.
        static let pciIDs = "https://github.com/pciutils/pciids/blob/006181e2c5d5b9a3b57d252aa5b3d827971d41a9/pci.ids"
        /// A copy of PaddleNLP's K100_AI guide whose lspci shows device 6210.
        static let paddleNLPCopy = "https://github.com/nightsky0221/Agents-dev"
        /// FastDeploy on Hygon DCU (K100AI, DTK 25.04, `--quantization=wint8`, BLOCK_ATTN).
        static let fastDeploy =
            "https://github.com/PaddlePaddle/FastDeploy/blob/24b79d0a7733d5d68c4ecd0dec68c6c861df2307/docs/get_started/installation/hygon_dcu.md"
        /// PaddleNLP on K100_AI: DTK 24.04.1, fp16, a8w8, cachekv int8.
        static let paddleNLP =
            "https://github.com/PaddlePaddle/PaddleNLP/blob/dfc3fabe6d6e8326df0eceef9755f961c1a8f577/llm/devices/dcu/llama/README.md"
        /// FlagPerf's DCU training README (DTK 23.04/23.10, rocm-smi output).
        static let flagperf =
            "https://github.com/FlagOpen/FlagPerf/blob/1e05cb6512ff5fff3e9501c9b49258b533d13f7b/training/dcu/README.md"
    }

    /// LLVM targets by product (third-party specification table).
    static let targets = ["K100": "gfx916", "K100 AI": "gfx926", "BW200": "gfx936"]
    static let targetByModule = ["hygon/k100": "gfx916", "hygon/k100-ai": "gfx926"]

    static let devices: [KnownDevice] = [
        KnownDevice("1d94:6211", "K100_AI", module: "hygon/k100-ai", source: Sources.pciIDs, tier: .thirdParty),
        KnownDevice(
            "1d94:6210", "K100_AI (as shown by lspci in a PaddleNLP guide)", module: nil, source: Sources.paddleNLPCopy,
            tier: .thirdParty,
            note: "conflicts with pci.ids (6211); possibly another K100_AI revision, left unmatched"),
    ]

    static let all: [ModuleKnowledge] = [k100, k100AI]

    static let k100AI = ModuleKnowledge(
        "hygon/k100-ai",
        frameworks: [
            FrameworkRule(
                FrameworkSupport(name: "FastDeploy", features: [.pagedAttention], source: Sources.fastDeploy, tier: .press)),
            FrameworkRule(FrameworkSupport(name: "PaddleNLP", features: [], source: Sources.paddleNLP, tier: .press)),
        ],
        notes: [
            "FastDeploy's guide uses DTK 25.04 (and DCU driver ≥ 6.3.8-V1.9.2), PaddleNLP's DTK 24.04.1; neither states a minimum DTK, so no gate is applied.",
            "FastDeploy serves with weight-only INT8 (wint8) and PaddleNLP with a8w8 and an INT8 KV cache; the feature list cannot express either.",
            "vLLM on DCUs disables its custom all-reduce kernel (not supported on DCUs), per a third-party report.",
        ])

    static let k100 = ModuleKnowledge(
        "hygon/k100",
        notes: [
            "No PCI device id for the K100 (non-AI) was found; pci.ids lists only the K100_AI (6211), and a PaddleNLP guide shows a K100_AI as 6210.",
            "Serving guides found (FastDeploy, PaddleNLP) target the K100 AI, not the K100, so frameworks stay unknown.",
            "DTK versions 23.04.1 and 23.10.1 appear with DCUs in FlagPerf; no per-precision minimum DTK version was found.",
        ])
}
