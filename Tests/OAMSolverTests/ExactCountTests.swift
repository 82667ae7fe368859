import OAMCore
import OAMSolver
import Testing

/// Exact parameter counts, weight bytes and KV bytes per token for every model in the
/// registry, against the checkpoints' own tensor totals.
///
/// Expected values: exact counts computed from the configs (Tests/Fixtures/hf-configs/, the
/// arithmetic in Tests/Fixtures/notes/model-architectures.md); safetensors `total_size` from
/// the checkpoint indexes (`model.safetensors.index.json` of each Hugging Face repository) or
/// their mirrors, each equal to the computed bytes.
@Suite struct ExactCountTests {
    /// id → (parameters, active parameters, checkpoint-format weight bytes).
    static let expected: [String: (Int, Int, Int)] = [
        "meta-llama/llama-3.1-8b": (8_030_261_248, 8_030_261_248, 16_060_522_496),  // total_size, 4 shards
        "meta-llama/llama-3.1-70b": (70_553_706_496, 70_553_706_496, 141_107_412_992),  // total_size, 30 shards
        "meta-llama/llama-3.1-405b": (405_853_388_800, 405_853_388_800, 811_706_777_600),
        "meta-llama/llama-3.2-1b": (1_235_814_400, 1_235_814_400, 2_471_628_800),
        "meta-llama/llama-3.2-3b": (3_212_749_824, 3_212_749_824, 6_425_499_648),  // total_size
        "qwen/qwen2.5-7b": (7_615_616_512, 7_615_616_512, 15_231_233_024),  // total_size
        "qwen/qwen2.5-72b": (72_706_203_648, 72_706_203_648, 145_412_407_296),  // total_size
        "qwen/qwen3-8b": (8_190_735_360, 8_190_735_360, 16_381_470_720),
        "qwen/qwen3-32b": (32_762_123_264, 32_762_123_264, 65_524_246_528),
        "qwen/qwen3-30b-a3b": (30_532_122_624, 3_353_032_704, 61_064_245_248),
        "qwen/qwen3-235b-a22b": (235_093_634_560, 22_190_763_520, 470_187_269_120),
        // DeepSeek-V3/R1: FP8 e4m3 with one fp32 scale per 128×128 block; embeddings, head,
        // norms and routers bf16, score-correction bias fp32; MTP layer not served.
        "deepseek-ai/deepseek-v3": (671_026_419_200, 37_552_297_472, 673_150_611_808),
        "deepseek-ai/deepseek-r1": (671_026_419_200, 37_552_297_472, 673_150_611_808),
        "deepseek-ai/deepseek-v2-lite": (15_706_484_224, 2_661_150_208, 31_412_968_448),
        "mistralai/mixtral-8x7b-v0.1": (46_702_792_704, 12_879_925_248, 93_405_585_408),  // total_size
        "mistralai/mixtral-8x22b-v0.1": (140_620_634_112, 39_152_031_744, 281_241_268_224),  // total_size
        "mistralai/mistral-7b-v0.3": (7_248_023_552, 7_248_023_552, 14_496_047_104),  // total_size
        // gpt-oss: MXFP4 experts (uint8 blocks, one e8m0 scale per 32), the rest bf16.
        "openai/gpt-oss-20b": (20_914_757_184, 4_187_440_704, 13_761_264_768),  // total_size
        "openai/gpt-oss-120b": (116_829_156_672, 5_711_982_912, 65_248_815_744),  // total_size
        // GLM-4.5 bf16, main model without the MTP layer: 2 × 352,797,829,024.
        "zai-org/glm-4.5": (352_797_829_024, 33_632_266_144, 705_595_658_048),
        // Gemma-2-27B: the fp32 checkpoint is served in bf16 (54,454,256,640 B, the -it checkpoint's size).
        "google/gemma-2-27b": (27_227_128_320, 27_227_128_320, 54_454_256_640),
    ]

    @Test(arguments: Array(expected.keys).sorted())
    func countsAndBytes(id: String) throws {
        guard let model = SolverFixtures.registry.model(id) else {
            Issue.record("registry has no model \(id)")
            return
        }
        let (parameters, active, bytes) = try #require(Self.expected[id])
        let format = CheckpointFormat.format(of: model).format
        let profile = ModelProfile(model: model.architecture, format: format)
        #expect(profile.parameters == parameters, "\(id) parameters")
        #expect(profile.activeParameters == active, "\(id) active")
        #expect(WeightInventory(model.architecture).totalElements == parameters, "\(id) inventory elements")
        #expect(Int(profile.totalBytes) == bytes, "\(id) weight bytes in \(format.name)")
    }

    /// Every registry model: the inventory counts what `ParameterBreakdown` counts, and a
    /// bf16 checkpoint's stated size equals 2 bytes per parameter.
    @Test func everyRegistryModelIsCountedExactly() {
        #expect(SolverFixtures.registry.models.count >= 20)
        for model in SolverFixtures.registry.models {
            let inventory = WeightInventory(model.architecture)
            #expect(inventory.totalElements == model.architecture.parameters.total, "\(model.id)")
            if model.checkpoint.dtype == "bf16", let stated = model.checkpoint.bytes {
                #expect(
                    Int(ModelProfile(model: model.architecture, format: .bf16).totalBytes) == stated,
                    "\(model.id) bf16 bytes vs checkpoint.bytes")
            }
        }
    }

    /// Kimi-K2 with DeepSeek-V3's block-FP8 layout: 1,029,173,249,888 bytes (no MTP layer).
    @Test func kimiK2BlockFP8Bytes() {
        let model = SolverFixtures.model("moonshotai/kimi-k2-instruct")
        #expect(ModelProfile(model: model.architecture, format: .fp8Block).parameters == 1_026_408_232_448)
        #expect(Int(ModelProfile(model: model.architecture, format: .fp8Block).totalBytes) == 1_029_173_249_888)
    }

    /// KV bytes per token by attention kind, from the formulas the issue states
    /// (GQA: 2·L·kv_heads·head_dim; MLA: L·(kv_lora_rank + rope_dim)), at bf16.
    @Test func kvBytesPerToken() {
        let expected: [String: Double] = [
            "meta-llama/llama-3.1-8b": 2 * 32 * 8 * 128 * 2,  // 131,072
            "meta-llama/llama-3.1-70b": 2 * 80 * 8 * 128 * 2,  // 327,680
            "meta-llama/llama-3.1-405b": 2 * 126 * 8 * 128 * 2,  // 516,096
            "qwen/qwen3-235b-a22b": 2 * 94 * 4 * 128 * 2,  // 192,512
            "deepseek-ai/deepseek-v3": 61 * (512 + 64) * 2,  // 70,272
            "deepseek-ai/deepseek-v2-lite": 27 * (512 + 64) * 2,  // 31,104
            "moonshotai/kimi-k2-instruct": 61 * (512 + 64) * 2,
            "openai/gpt-oss-120b": 2 * 36 * 8 * 64 * 2,  // per token inside the 128-token window
            "mistralai/mixtral-8x7b-v0.1": 2 * 32 * 8 * 128 * 2,
        ]
        for (id, bytes) in expected {
            let model = SolverFixtures.model(id)
            #expect(AttentionCost(model.architecture, kvPrecision: .bf16).bytesPerToken == bytes, "\(id)")
        }
        // gpt-oss-120b: 18 sliding layers keep at most 128 tokens, 18 full layers the whole context.
        let oss = SolverFixtures.model("openai/gpt-oss-120b")
        #expect(
            AttentionCost(oss.architecture, kvPrecision: .bf16).sequenceBytes(tokens: 8192)
                == Double(2 * 8 * 64 * 2 * (18 * 8192 + 18 * 128)))
        // fp8 KV halves it.
        #expect(
            AttentionCost(SolverFixtures.model("meta-llama/llama-3.1-70b").architecture, kvPrecision: .fp8).bytesPerToken
                == 163_840)
    }
}
