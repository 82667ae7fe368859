import OAMAdapterAPI

/// What Google's TPU pages state about v5e and v6e, with sources.
enum GoogleKnowledge {
    static let all: [ModuleKnowledge] = [v5e, v6e]

    static let notes = [
        "Google rates the TPU in bf16 and Int8 only; FP8 and FP4 matrix support is not stated in the pages read and stays unknown.",
        "No serving ceiling (GEMM or bandwidth) was measured in a source read; the defaults apply.",
    ]

    static let v5e = ModuleKnowledge(
        "google/tpu-v5e",
        precisions: [
            PrecisionSupport(.int8, .native, method: "MXU, 393 TOPS per chip", source: GoogleSources.v5e, tier: .vendor)
        ], notes: notes)

    static let v6e = ModuleKnowledge(
        "google/tpu-v6e",
        precisions: [
            PrecisionSupport(.int8, .native, method: "MXU, 1836 TOPS per chip", source: GoogleSources.v6e, tier: .vendor)
        ], notes: notes)
}
