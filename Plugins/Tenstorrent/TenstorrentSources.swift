/// Documents the Tenstorrent adapter's figures rest on.
enum TenstorrentSources {
    /// tt-kmd (the kernel driver), enumerate.h: vendor 0x1E52; Grayskull 0xFACA, Wormhole
    /// 0x401E, Blackhole 0xB140.
    static let kmdIDs = "https://github.com/tenstorrent/tt-kmd/blob/0a2a1d1b68876acc13b6ab95f4d6838a7058c180/enumerate.h"
    /// tt-metal tech report, Matrix Multiply FLOPS on Wormhole and Blackhole: fidelity rates
    /// and the P150 GEMM tables (BFLOAT16 HiFi2/HiFi4, BFLOAT8_B LoFi on a 13×10 grid).
    static let gemmFlops =
        "https://github.com/tenstorrent/tt-metal/blob/06bd3735f7df2921d8195d732c14eba433e4a32d/tech_reports/GEMM_FLOPS/GEMM_FLOPS.md"
    /// tt-metal README: model results on p150 (Blackhole) with the TT-Metalium release used.
    static let metalReadme =
        "https://github.com/tenstorrent/tt-metal/blob/5cd3a453f15f34d99747f21b395fe84e6551ab71/README.md"
    /// Tenstorrent documentation, Blackhole card specifications (part numbers, Tensix cores).
    static let specs = "https://docs.tenstorrent.com/aibs/blackhole/specifications.html"
}
