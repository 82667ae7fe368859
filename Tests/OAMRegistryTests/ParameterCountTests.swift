import OAMCore
import Testing

/// Exact parameter counts of the imported architectures against independently computed
/// counts (Tests/Fixtures/notes/model-architectures.md), which in turn reproduce the published
/// safetensors sizes byte for byte.
@Suite struct ParameterCountTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        var fixture: String
        var total: Int
        /// Active per token including the input embedding; `nil` for dense models (= total).
        var active: Int?
        var testDescription: String { fixture }
    }

    static let expected: [Expected] = [
        .init(fixture: "meta-llama__Llama-3.1-8B", total: 8_030_261_248),
        .init(fixture: "meta-llama__Llama-3.1-70B", total: 70_553_706_496),
        .init(fixture: "meta-llama__Llama-3.1-405B", total: 405_853_388_800),
        .init(fixture: "meta-llama__Llama-3.2-1B", total: 1_235_814_400),
        .init(fixture: "meta-llama__Llama-3.2-3B", total: 3_212_749_824),
        .init(fixture: "Qwen__Qwen2.5-7B", total: 7_615_616_512),
        .init(fixture: "Qwen__Qwen2.5-72B", total: 72_706_203_648),
        .init(fixture: "Qwen__Qwen3-8B", total: 8_190_735_360),
        .init(fixture: "Qwen__Qwen3-32B", total: 32_762_123_264),
        .init(fixture: "Qwen__Qwen3-30B-A3B", total: 30_532_122_624, active: 3_353_032_704),
        .init(fixture: "Qwen__Qwen3-235B-A22B", total: 235_093_634_560, active: 22_190_763_520),
        .init(fixture: "deepseek-ai__DeepSeek-V3", total: 671_026_419_200, active: 37_552_297_472),
        .init(fixture: "deepseek-ai__DeepSeek-R1", total: 671_026_419_200, active: 37_552_297_472),
        .init(fixture: "deepseek-ai__DeepSeek-V2-Lite", total: 15_706_484_224, active: 2_661_150_208),
        .init(fixture: "mistralai__Mixtral-8x7B-v0.1", total: 46_702_792_704, active: 12_879_925_248),
        .init(fixture: "mistralai__Mixtral-8x22B-v0.1", total: 140_620_634_112, active: 39_152_031_744),
        .init(fixture: "mistralai__Mistral-7B-v0.3", total: 7_248_023_552),
        .init(fixture: "openai__gpt-oss-20b", total: 20_914_757_184, active: 4_187_440_704),
        .init(fixture: "openai__gpt-oss-120b", total: 116_829_156_672, active: 5_711_982_912),
        .init(fixture: "zai-org__GLM-4.5", total: 352_797_829_024, active: 33_632_266_144),
        .init(fixture: "moonshotai__Kimi-K2-Instruct", total: 1_026_408_232_448, active: 32_861_500_928),
        .init(fixture: "google__gemma-2-27b", total: 27_227_128_320),
        // 80·(2·8192² + 2·8192·1024 + 3·8192·28672 + 2·8192) + 2·32000·8192 + 8192
        .init(fixture: "meta-llama__Llama-2-70b-hf", total: 68_976_648_192),
        // 62·(163,578,112 attention + 6144·160 router + 160·3·6144·2560 experts + 2·6144) + 2·151936·6144 + 6144
        .init(fixture: "Qwen__Qwen3-Coder-480B-A35B-Instruct", total: 480_154_875_392, active: 35_474_765_312),
        .init(fixture: "zai-org__GLM-4.6", total: 352_797_829_024, active: 33_632_266_144),
        .init(fixture: "zai-org__GLM-4.7", total: 352_797_829_024, active: 33_632_266_144),
        // 78 layers of MLA (6144·2048 + 2048 + 2048·64·256 + 6144·576 + 512 + 512·64·448 + 64·256·6144 = 165,022,208)
        // and indexer (2048·32·128 + 6144·128 + 2·128 + 6144·32 = 9,371,904); 3 dense MLPs of 3·6144·12288,
        // 75 MoE blocks of 6144·256 + 256 + 256·3·6144·2048 + 3·6144·2048; norms; 2·154880·6144 + 6144
        .init(fixture: "zai-org__GLM-5", total: 743_911_218_432, active: 41_784_728_832),
        // 15 gated full-attention layers of 4096·32·256·2 + 2·4096·512 + 8192·4096 + 2·256 = 104,858,112,
        // 45 Gated DeltaNet layers of 118,014,208, 60 MoE blocks of 4096·512 + 512·3·4096·1024 + 3·4096·1024
        // + 4096 (shared gate) and 2·4096 norms, 2·248320·4096 + 4096
        .init(fixture: "Qwen__Qwen3.5-397B-A17B", total: 396_346_350_336, active: 17_349_040_896),
        .init(fixture: "deepseek-ai__DeepSeek-V3.1", total: 671_026_419_200, active: 37_552_297_472),
        // DeepSeek-V3's count plus 61 indexers of 1536·64·128 + 7168·128 + 2·128 + 7168·64 = 13,959,424
        .init(fixture: "deepseek-ai__DeepSeek-V3.2", total: 671_877_944_064, active: 38_403_822_336),
        .init(fixture: "moonshotai__Kimi-K2-Thinking", total: 1_026_408_232_448, active: 32_861_500_928),
        // 62·(5376·4096 + 2·5376·2048 + 4096·5376 + 2·128 + 3·5376·21504 + 4·5376) + 262208·5376 (tied) + 5376
        .init(fixture: "google__gemma-3-27b-it", total: 27_009_346_304),
        // 48·(attention 62,914,560 + router 5120·16 + 16 experts and 1 shared of 3·5120·8192 + 2·5120) + 2·202048·5120 + 5120
        .init(fixture: "meta-llama__Llama-4-Scout-17B-16E-Instruct", total: 107_769_861_120, active: 17_172_894_720),
        // 24 dense layers (MLP 3·5120·16384) and 24 MoE layers (128 experts + 1 shared), same attention
        .init(fixture: "meta-llama__Llama-4-Maverick-17B-128E-Instruct", total: 400_711_848_960, active: 17_184_691_200),
        // 12 gated-attention layers of 27,263,488, 36 Gated DeltaNet layers of 33,718,464, 48 MoE blocks of 1,614,809,088
        .init(fixture: "Qwen__Qwen3-Next-80B-A3B-Instruct", total: 79_674_391_296, active: 3_874_929_408),
        // 62·(44,040,192 attention + (6144 + 1024) q/k norms + 3072·256 + 256 router + 256·3·3072·1536 + 2·3072) + 2·200064·3072 + 3072
        .init(fixture: "MiniMaxAI__MiniMax-M2", total: 228_689_764_864, active: 11_030_553_088),
    ]

    @Test func everyFixtureHasAnExpectedCount() {
        #expect(Set(Self.expected.map(\.fixture)) == Set(HFFixtures.names))
    }

    @Test(arguments: expected)
    func exactCounts(expected: Expected) throws {
        let a = try HFFixtures.architecture(expected.fixture)
        #expect(a.parameters.total == expected.total)
        #expect(a.activeParameters == (expected.active ?? expected.total))
    }

    /// DeepSeek-V3's MTP module: one MoE decoder layer, enorm/hnorm, the 2h×h eh_proj and
    /// the shared head's norm (README_WEIGHTS: "11.5B unique parameters").
    @Test func deepSeekV3MTPLayer() throws {
        let a = try HFFixtures.architecture("deepseek-ai__DeepSeek-V3")
        #expect(a.parameters.mtp == 11_610_068_224)
        #expect(a.parameters.total + a.parameters.mtp == 682_636_487_424)
    }

    /// GLM-4.5's 355B counts the MTP layer and leaves out the embedding and output tables.
    /// The reference figure 355,234,001,216 also leaves out the final norm (5,120).
    @Test func glm45StatedConvention() throws {
        let a = try HFFixtures.architecture("zai-org__GLM-4.5")
        let p = a.parameters
        #expect(p.mtp == 3_988_069_792)
        let withoutTables = p.total - p.embedding - p.lmHead + p.mtp
        #expect(withoutTables == 355_234_006_336)
        #expect(withoutTables - a.hiddenSize == 355_234_001_216)
        #expect(p.embedding + p.lmHead == 1_551_892_480)
        #expect(a.activeParameters - p.embedding - p.lmHead == 32_080_373_664)
    }

    /// gpt-oss states active counts without the input embedding: 3.61B and 5.13B.
    @Test func gptOssActiveWithoutInputEmbedding() throws {
        let small = try HFFixtures.architecture("openai__gpt-oss-20b")
        #expect(small.activeParameters - small.parameters.embedding == 3_608_307_264)
        let large = try HFFixtures.architecture("openai__gpt-oss-120b")
        #expect(large.activeParameters - large.parameters.embedding == 5_132_849_472)
    }

    /// The breakdown's parts add up to the total, and routed experts are all per-expert.
    @Test(arguments: HFFixtures.names)
    func breakdownIsConsistent(name: String) throws {
        let a = try HFFixtures.architecture(name)
        let p = a.parameters
        #expect(
            p.embedding + p.lmHead + p.attention + p.denseMLP + p.routedExperts + p.sharedExperts + p.routers + p.norms == p.total
        )
        #expect(p.routedExperts == p.perExpert * (a.moe?.experts ?? 0) * a.moeLayers)
        #expect((p.mtp > 0) == (a.mtpLayers > 0))
    }
}
