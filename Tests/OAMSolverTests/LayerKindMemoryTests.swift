import OAMCore
import OAMSolver
import Testing

/// Cache and state bytes of each layer kind, computed by hand for a small config and
/// checked on the shipped model that uses the kind.
@Suite struct LayerKindMemoryTests {
    /// A GQA model of `layers` layers with `kvHeads × headDim` keys and values.
    static func gqa(layers: Int, kvHeads: Int, headDim: Int) -> ModelArchitecture {
        ModelArchitecture(
            hfArchitecture: "Test", layers: layers, hiddenSize: 64, vocabSize: 100, tieWordEmbeddings: false,
            maxContext: 1_000_000,
            attention: .init(kind: .gqa, heads: 2 * kvHeads, kvHeads: kvHeads, headDim: headDim),
            mlp: .init(gated: true, intermediateSize: 128))
    }

    /// Gemma 3's pattern, five sliding layers to one global: 12 layers with
    /// full_attention_interval 6 make layers 5 and 11 global, the other 10 slide.
    @Test func slidingFiveToOne() {
        var a = Self.gqa(layers: 12, kvHeads: 2, headDim: 8)
        a.attention.slidingWindow = 4
        a.attention.fullAttentionInterval = 6
        #expect(a.layerCount(.full) == 2 && a.layerCount(.sliding) == 10)
        #expect((0..<12).filter { a.layerKind($0) == .full } == [5, 11])
        let cost = AttentionCost(a, kvPrecision: .bf16)
        // One layer, one token: 2 (k and v) · 2 heads · 8 dims · 2 bytes = 64 B.
        // 3 tokens, below the 4-token window: every layer keeps all 3: 12 · 3 · 64 = 2,304 B.
        #expect(cost.sequenceBytes(tokens: 3) == 2_304)
        // 10 tokens, above the window: 2 global layers · 10 · 64 + 10 sliding layers · 4 · 64
        // = 1,280 + 2,560 = 3,840 B.
        #expect(cost.sequenceBytes(tokens: 10) == 3_840)
    }

    /// Gemma 3 27B: 62 layers, 16 KV heads of 128, 1,024-token window, layers 5, 11, …, 59
    /// global (10), 52 sliding; 2·16·128·2 = 8,192 B per token and layer in bf16.
    @Test func gemma3BelowAndAboveTheWindow() {
        let a = SolverFixtures.model("google/gemma-3-27b-it").architecture
        #expect(a.layerCount(.full) == 10 && a.layerCount(.sliding) == 52)
        let cost = AttentionCost(a, kvPrecision: .bf16)
        // 512 tokens (below 1,024): 62 · 512 · 8,192 = 260,046,848 B.
        #expect(cost.sequenceBytes(tokens: 512) == 260_046_848)
        // 4,096 tokens: 10 · 4,096 · 8,192 + 52 · 1,024 · 8,192 = 335,544,320 + 436,207,616.
        #expect(cost.sequenceBytes(tokens: 4096) == 771_751_936)
    }

    /// Chunked local attention (Llama 4's RoPE layers): 8 layers, every fourth full (2),
    /// 6 chunked over 16-token chunks; 2·1·4·2 = 16 B per token and layer.
    @Test func chunkedLocalAttention() {
        var a = Self.gqa(layers: 8, kvHeads: 1, headDim: 4)
        a.attention.chunkSize = 16
        a.attention.fullAttentionInterval = 4
        #expect(a.layerCount(.full) == 2 && a.layerCount(.chunked) == 6)
        let cost = AttentionCost(a, kvPrecision: .bf16)
        // 10 tokens, inside one chunk: 8 · 10 · 16 = 1,280 B.
        #expect(cost.sequenceBytes(tokens: 10) == 1_280)
        // 40 tokens: 2 · 40 · 16 + 6 · 16 · 16 = 1,280 + 1,536 = 2,816 B.
        #expect(cost.sequenceBytes(tokens: 40) == 2_816)
        // Prefill of 40 tokens: a full layer scores 40²/2 = 800 pairs; a chunked layer two
        // whole chunks of 16²/2 = 128 and a rest of 8²/2 = 32: 288. FLOPs = 2 · pairs ·
        // heads (2) · (d_qk + d_v = 8) = 2 · (2 · 800 + 6 · 288) · 16 = 106,496.
        #expect(cost.prefillFLOPs(tokens: 40) == 106_496)
    }

    /// Llama 4 Scout at 100,000 tokens: 12 NoPE full layers keep every token, 36 chunked
    /// layers one 8,192-token chunk; 2·8·128·2 = 4,096 B per token and layer.
    @Test func llama4ScoutChunks() {
        let a = SolverFixtures.model("meta-llama/llama-4-scout-17b-16e-instruct").architecture
        #expect(a.layerCount(.full) == 12 && a.layerCount(.chunked) == 36)
        // 12 · 100,000 · 4,096 + 36 · 8,192 · 4,096 = 4,915,200,000 + 1,207,959,552.
        #expect(AttentionCost(a, kvPrecision: .bf16).sequenceBytes(tokens: 100_000) == 6_123_159_552)
    }

    /// Gated DeltaNet layers keep a fixed state per sequence: 4 layers with interval 4
    /// make layer 3 full attention and 3 linear layers of 2 key heads and 4 value heads
    /// of 8 dimensions, convolution kernel 4.
    @Test func linearAttentionState() {
        var a = Self.gqa(layers: 4, kvHeads: 1, headDim: 16)
        a.attention.linear = LinearAttention(keyHeads: 2, valueHeads: 4, keyHeadDim: 8, valueHeadDim: 8, convKernel: 4)
        a.attention.fullAttentionInterval = 4
        #expect(a.layerCount(.full) == 1 && a.layerCount(.linear) == 3)
        // Per linear layer: recurrent state 4 · 8 · 8 = 256 elements; convolution state
        // (4 − 1) · (2·2·8 + 4·8 = 64 channels) = 192; 448 in all, × 3 layers = 1,344.
        #expect(a.stateElementsPerSequence == 1_344)
        let bf16 = AttentionCost(a, kvPrecision: .bf16)
        // The state is 1,344 · 2 B = 2,688 B whatever the length; the full layer adds
        // 2 · 1 · 16 · 2 = 64 B per token.
        #expect(bf16.sequenceBytes(tokens: 0) == 2_688)
        #expect(bf16.sequenceBytes(tokens: 1000) == 64_000 + 2_688)
        #expect(bf16.bytesPerToken == 64)
        // An FP8 KV cache halves the full layer's keys and values, not the state (kept in
        // bf16): 32,000 + 2,688.
        #expect(AttentionCost(a, kvPrecision: .fp8).sequenceBytes(tokens: 1000) == 32_000 + 2_688)
    }

    /// Qwen3-Next-80B-A3B at 32,768 tokens: 12 full layers of 2·2·256·2 = 2,048 B per token;
    /// 36 Gated DeltaNet layers of 32·128·128 + 3·(2·16·128 + 32·128) = 548,864 state
    /// elements.
    @Test func qwen3NextStateAndCache() {
        let a = SolverFixtures.model("qwen/qwen3-next-80b-a3b-instruct").architecture
        #expect(a.attention.linear?.stateElementsPerSequence == 548_864)
        let cost = AttentionCost(a, kvPrecision: .bf16)
        // 36 · 548,864 · 2 B = 39,518,208 B of state; 12 · 32,768 · 2,048 = 805,306,368 B of KV.
        #expect(cost.stateBytesPerSequence == 39_518_208)
        #expect(cost.sequenceBytes(tokens: 32_768) == 805_306_368 + 39_518_208)
    }

    /// DeepSeek Sparse Attention's indexer keeps its own key per token and layer: FP8
    /// elements plus one fp32 scale per started block of 128.
    @Test func indexerKeyCache() {
        var a = Self.gqa(layers: 2, kvHeads: 2, headDim: 8)
        a.attention = .init(
            kind: .mla, heads: 2, kvHeads: 2, headDim: 12,
            mla: .init(qLoraRank: 8, kvLoraRank: 8, qkNopeHeadDim: 8, qkRopeHeadDim: 4, vHeadDim: 8))
        a.attention.indexer = SparseIndexer(heads: 2, headDim: 128, topK: 4)
        // 128 FP8 bytes + 4 bytes of scale = 132; a 200-dim key would take 200 + 2·4 = 208.
        #expect(a.attention.indexer?.keyBytesPerToken == 132)
        #expect(SparseIndexer(heads: 1, headDim: 200, topK: 1).keyBytesPerToken == 208)
        // Per token: 2 layers · (latent 8 + rope 4 = 12 elements · 2 B + 132) = 312 B.
        let bf16 = AttentionCost(a, kvPrecision: .bf16)
        #expect(bf16.bytesPerToken == 312)
        #expect(bf16.sequenceBytes(tokens: 100) == 31_200)
        // FP8 KV halves the latent only: 2 · (12 + 132) = 288 B per token.
        #expect(AttentionCost(a, kvPrecision: .fp8).bytesPerToken == 288)
        // Parameters of one indexer (hidden 64, q_lora 8, 2 heads of 128): 8·2·128 + 64·128
        // + 2·128 + 64·2 = 2,048 + 8,192 + 256 + 128 = 10,624.
        #expect(a.attention.indexer?.parameters(hidden: 64, qLoraRank: 8) == 10_624)
    }

    /// DeepSeek-V3.2 against V3 at 131,072 tokens: 61 layers of 576 latent elements (1,152 B
    /// in bf16) plus, for V3.2, 132 indexer bytes.
    @Test func deepSeekV32IndexerOnTopOfMLA() {
        let v32 = AttentionCost(SolverFixtures.model("deepseek-ai/deepseek-v3.2").architecture, kvPrecision: .bf16)
        let v3 = AttentionCost(SolverFixtures.model("deepseek-ai/deepseek-v3").architecture, kvPrecision: .bf16)
        // V3: 61 · 1,152 · 131,072 = 9,210,691,584 B; V3.2: 61 · (1,152 + 132) · 131,072 = 9,210,691,584 + 61 · 132 · 131,072 (1,055,391,744).
        #expect(v3.sequenceBytes(tokens: 131_072) == 9_210_691_584)
        #expect(v32.sequenceBytes(tokens: 131_072) == 10_266_083_328)
        // Decode reads the latent at only the top 2,048 positions, while the indexer scores
        // all of them: per layer 2·128·(2·512 + 64) FLOPs per position read, 2·64·128 per position scored.
        let expected = 61 * (2 * 128 * (2 * 512 + 64) * 2048 + 2 * 64 * 128 * 131_072)
        #expect(v32.decodeFLOPs(context: 131_072) == Double(expected))
    }

    /// GLM-5 puts the same indexer on its 78 MLA layers: (576 · 2 B + 132 B) · 78 = 100,152 B
    /// per token in bf16.
    @Test func glm5IndexerOnEveryLayer() {
        let cost = AttentionCost(SolverFixtures.model("zai-org/glm-5").architecture, kvPrecision: .bf16)
        #expect(cost.bytesPerToken == 100_152)
        #expect(cost.sequenceBytes(tokens: 202_752) == 100_152 * 202_752)
    }
}
