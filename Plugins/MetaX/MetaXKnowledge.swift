import OAMAdapterAPI

/// What is publicly known about MetaX's C500 and C550, with sources.
enum MetaXKnowledge {
    enum Sources {
        /// vLLM-MetaX v0.24.0 user guide: AWQ, int8 W8A8, W4A16/W4A8 fused MoE; mx-smi topo shows MetaXLink (MX) groups.
        static let vllmMetaX =
            "https://github.com/MetaX-MACA/vLLM-metax/blob/9bad607239161158e5f4b83d1d6078d76fb38dec/docs/release/0.24.0/en.md"
        /// FlagPerf main-memory-capacity (MetaX, vendor directory): C500 60.71 GiB of 64 GiB.
        static let flagperfCapacity =
            "https://github.com/FlagOpen/FlagPerf/blob/d4a7f79c42ff74221c328cad9be3f8d0b5c3e5f4/base/benchmarks/main_memory-capacity/metax/README.md"
        /// LMDeploy on MACA (PyTorch engine through dlinfer, `--device maca`).
        static let lmdeploy =
            "https://github.com/InternLM/lmdeploy/blob/7016dd650634940dff91946bf458efd90b2d37fe/docs/en/get_started/maca/get_started.md"
        /// PaddleNLP on the C550: VBIOS ≥ 1.13, MXMACA ≥ 2.23.0.1018.
        static let paddleNLP =
            "https://github.com/PaddlePaddle/PaddleNLP/blob/6223fd0cbf3db774b0eb5011c80f58738940c197/llm/devices/metax/llama/README.md"
    }

    static let all: [ModuleKnowledge] = [c500, c550]

    static let vllm = FrameworkRule(
        FrameworkSupport(
            name: "vLLM-MetaX", features: [.pagedAttention, .int4AWQ, .moe], source: Sources.vllmMetaX, tier: .vendor))
    static let lmdeploy = FrameworkRule(FrameworkSupport(name: "LMDeploy", features: [], source: Sources.lmdeploy, tier: .press))

    static let c500 = ModuleKnowledge(
        "metax/c500",
        usableMemoryBytes: Reported(
            60.71 * UnitScale.GiB, source: Sources.flagperfCapacity, tier: .measured,
            note: "FlagPerf main-memory-capacity: 60.71 GiB allocatable of 64 GiB"),
        scaleUp: ScaleUpReport(
            domainSize: Reported(
                4, source: Sources.vllmMetaX, tier: .vendor,
                note:
                    "in the 8-GPU C500 host of the vLLM-MetaX guide, MetaXLink joins two groups of 4; between groups traffic crosses PCIe and the CPUs"
            )),
        frameworks: [vllm, lmdeploy],
        notes: [
            "vLLM-MetaX 0.24 adds FP8 paths, but does not say on which chips; the C500 stays without FP8 (Gitee AI: it cannot load FP8 checkpoints)."
        ])

    static let c550 = ModuleKnowledge(
        "metax/c550",
        frameworks: [
            vllm, lmdeploy,
            FrameworkRule(
                FrameworkSupport(name: "PaddleNLP", features: [], source: Sources.paddleNLP, tier: .press),
                minimumStack: "MACA 2.23.0.1018"),
        ],
        notes: ["FlagPerf's C550 capacity test prints 65.25 against 64 GiB without a unit; usable memory is left unknown."])
}
