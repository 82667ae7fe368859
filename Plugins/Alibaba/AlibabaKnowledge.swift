import OAMAdapterAPI

/// What is publicly known about Alibaba T-Head's PPU beyond its descriptor, with sources.
enum AlibabaKnowledge {
    enum Sources {
        /// ETtoday's report of the CCTV comparison table: the PPU's computing performance was
        /// not shown.
        static let cctvTable = "https://www.ettoday.net/news/20250917/3034935.htm"
    }

    /// How the designer of Alibaba's accelerators is written (`x-alibaba.designer`).
    static let designerNames = ["T-Head", "平头哥", "平頭哥"]

    static let all: [ModuleKnowledge] = [ppu]

    static let ppu = ModuleKnowledge(
        "alibaba/ppu",
        notes: [
            "The PPU's public figures come from one CCTV comparison table (capacity, HBM2e, 700 GB/s chip-to-chip, PCIe 5.0, 400 W); it did not show computing performance (\(Sources.cctvTable)), and no precision list, software stack or framework support has been published, so all of them are unknown."
        ])
}
