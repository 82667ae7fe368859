import OAMAdapterAPI

/// What is publicly known about Biren's BR100/BR104, with sources.
enum BirenKnowledge {
    enum Sources {
    }

    static let all: [ModuleKnowledge] = [br100, br104]

    static let notes = [
        "Biren's PyTorch plugin (torch_supa) is built for BR2xx GPUs; no public serving framework for the BR100/BR104 was found, so frameworks stay unknown.",
        "TF32+ is Biren's own format (press: INT8, INT16, FP16, BF16, FP32, TF32+); whether it runs NVIDIA-style TF32 is not stated, so TF32 stays unknown and the TF32+ peak stays in x-biren.",
    ]

    static let br100 = ModuleKnowledge(
        "biren/br100",
        notes: notes + ["BLink per-peer bandwidth in the 8-card mesh is derived from the descriptor's link figures."])

    static let br104 = ModuleKnowledge(
        "biren/br104",
        notes: notes)
}
