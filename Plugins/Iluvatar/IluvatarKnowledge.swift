import OAMAdapterAPI

/// What is publicly known about Iluvatar's BI-V100 and BI-V150, with sources.
enum IluvatarKnowledge {
    enum Sources {
        /// FlagPerf (vendor-contributed) llava1.5 case on BI-V150: TF32 not supported (CoreX SDK 3.4).
        static let flagperfLlava =
            "https://github.com/FlagOpen/FlagPerf/blob/1298e4c1eca37c705781bd7aee2478ad1a9277b7/training/iluvatar/llava1.5_13b-deepspeed-torch/README.md"
        /// FlagPerf main-memory-capacity on BI150: 63.66 GiB usable per card.
        static let flagperfCapacity =
            "https://github.com/FlagOpen/FlagPerf/blob/47a36e1727c78746ee12bceb72c32160993a1edd/base/benchmarks/main_memory-capacity/iluvatar/BI150/README.md"
        /// FastDeploy on Iluvatar BI150 (ERNIE 4.5, wint8, block_size 16).
        static let fastDeploy =
            "https://github.com/PaddlePaddle/FastDeploy/blob/0171f954f3aadb5bc661601e113821f49f0bd237/docs/get_started/installation/iluvatar_gpu.md"
    }

    static let all: [ModuleKnowledge] = [biV150, biV100]

    static let biV150 = ModuleKnowledge(
        "iluvatar/bi-v150",
        precisions: [PrecisionSupport(.tf32, .unsupported, source: Sources.flagperfLlava, tier: .vendor)],
        usableMemoryBytes: Reported(
            63.66 / 2 * UnitScale.GiB, source: Sources.flagperfCapacity, tier: .measured,
            note: "FlagPerf measured 63.66 GiB usable per card; a BI-V150 card is two devices of 32768 MiB each"),
        frameworks: [
            FrameworkRule(
                FrameworkSupport(name: "FastDeploy", features: [.pagedAttention], source: Sources.fastDeploy, tier: .press))
        ],
        notes: ["FastDeploy on the BI150 serves ERNIE 4.5 with weight-only INT8 (wint8), which the feature list cannot express."])

    static let biV100 = ModuleKnowledge(
        "iluvatar/bi-v100",
        notes: ["No serving framework documentation for the BI-V100 was found."])
}
