import OAMAdapterAPI

/// What is publicly known about Hygon DCUs, with sources.
enum HygonKnowledge {
    enum Sources {
        /// Third-party DCU specification table: K100 gfx916, K100 AI gfx926, BW200 gfx936.
        static let specTable = "https://github.com/wangzy0327/hblas-bench/blob/1c09a3478e4fc6909ee607e81d66953c91649fe3/DCU-bench.md"
        /// The PCI ID Repository: vendor 1d94, 6211 K100_AI.
        static let pciIDs = "https://github.com/pciutils/pciids/blob/006181e2c5d5b9a3b57d252aa5b3d827971d41a9/pci.ids"
        /// FlagPerf's DCU training README (DTK 23.04/23.10, rocm-smi output).
        static let flagperf = "https://github.com/FlagOpen/FlagPerf/blob/1e05cb6512ff5fff3e9501c9b49258b533d13f7b/training/dcu/README.md"
    }

    /// LLVM targets by product (third-party specification table).
    static let targets = ["K100": "gfx916", "K100 AI": "gfx926", "BW200": "gfx936"]
    static let targetByModule = ["hygon/k100": "gfx916"]

    static let devices: [KnownDevice] = [
        KnownDevice("1d94:6211", "K100_AI", module: nil, source: Sources.pciIDs, tier: .thirdParty,
                    note: "the K100 AI, a different product from the registry's hygon/k100 (gfx926, not gfx916)"),
    ]

    static let all: [ModuleKnowledge] = [k100]

    static let k100 = ModuleKnowledge(
        "hygon/k100",
        notes: [
            "No PCI device id for the K100 (non-AI) was found; pci.ids lists only the K100_AI (6211), and a PaddleNLP guide shows a K100_AI as 6210.",
            "Serving guides found (FastDeploy, PaddleNLP) target the K100 AI, not the K100, so frameworks stay unknown.",
            "DTK versions 23.04.1 and 23.10.1 appear with DCUs in FlagPerf; no per-precision minimum DTK version was found.",
        ])
}
