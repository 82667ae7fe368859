import OAMAdapterAPI

/// What TT-Metalium / TT-NN run on Blackhole cards, with sources. Tensix matrix rates depend
/// on the math fidelity (LoFi, HiFi2, HiFi4 = full, half, quarter rate), so every entry says
/// which fidelity its figure assumes.
enum TenstorrentKnowledge {
    static let all: [ModuleKnowledge] = [p150, p100a]

    /// BLOCKFP8 and BF16 matmuls are what the vendor's GEMM report runs on the P150 with
    /// TT-NN; no source states a first TT-Metalium release for either on Blackhole.
    static let precisions = [
        PrecisionSupport(
            .bfp8, .native, method: "BFLOAT8_B on the Tensix matrix engine (LoFi: full rate; HiFi2: half)",
            source: TenstorrentSources.gemmFlops, tier: .vendor),
        PrecisionSupport(
            .bf16, .native, method: "BFLOAT16 on the matrix engine (HiFi2: half the LoFi rate; HiFi4, full fidelity: a quarter)",
            source: TenstorrentSources.gemmFlops, tier: .vendor),
    ]

    static let notes = [
        "The tt-metal GEMM report measured the P150 on a 13×10 Tensix grid; a 2026 firmware update limits p150 cards to 120 active Tensix cores (press), so the measured ceilings may exceed what current firmware reaches.",
        "BF16 speed depends on the math fidelity a model runs at: HiFi4 (full BF16 fidelity) is half the HiFi2 rate the descriptor's BF16 peak assumes.",
        "FP8 (E4M3/E5M2), FP4 and integer matmul support on Blackhole is not stated in the sources read; those precisions stay unknown.",
        "The earliest TT-Metalium release supporting Blackhole was not established; the tt-metal README shows p150 model results on v0.65.0-dev20251208.",
    ]

    static let p150 = ModuleKnowledge(
        "tenstorrent/blackhole-p150",
        precisions: precisions,
        sustainedCompute: MeasuredThroughput(
            perDevice: 284.84 * UnitScale.TFLOPS, precision: .bf16, source: TenstorrentSources.gemmFlops, tier: .measured,
            note: "TT-NN matmul 10240×13312×13312, BFLOAT16 HiFi2, inputs and output in DRAM, P150 13×10 grid"),
        frameworks: [
            FrameworkRule(FrameworkSupport(name: "TT-NN", features: [], source: TenstorrentSources.metalReadme, tier: .vendor))
        ],
        notes: notes,
        computeMeasurements: [
            MeasuredThroughput(
                perDevice: 585.86 * UnitScale.TFLOPS, precision: .bfp8, source: TenstorrentSources.gemmFlops, tier: .measured,
                note: "TT-NN matmul 10240×13312×13312, BFLOAT8_B LoFi, inputs and output in DRAM, P150 13×10 grid")
        ])

    /// The p100a has the p150's compute and no card-to-card ports; no measurement of its own.
    static let p100a = ModuleKnowledge(
        "tenstorrent/blackhole-p100a", precisions: precisions,
        notes: notes.filter { !$0.hasPrefix("The tt-metal GEMM report") } + [
            "No GEMM measurement of the p100a was found; the P150's is not applied because the p100a has less memory bandwidth."
        ])
}
