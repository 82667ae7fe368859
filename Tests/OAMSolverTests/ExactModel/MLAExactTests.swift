import OAMCore
import Testing

@testable import OAMSolver

/// Multi-head latent attention of `ExactFixtures.mla` (4 heads, kv_lora 32, qk_nope 16,
/// qk_rope 8, v 16, 2 layers), worked out by hand.
@Suite struct MLAExactTests {
    let cost = AttentionCost(ExactFixtures.mla, kvPrecision: .bf16)

    @Test func kvCacheHoldsTheLatentAndTheRopeKey() {
        // (kv_lora 32 + rope 8) = 40 elements per token and layer, × 2 layers × 2 B.
        assertExact(cost.bytesPerToken, 160, "KV bytes per token")
        assertExact(cost.sequenceBytes(tokens: 100), 100 * 160, "KV bytes of 100 tokens")
        // The latent is not split by heads: every TP rank keeps all of it.
        let shares = DeviceShares(ModelProfile(model: ExactFixtures.mla, format: .bf16), ParallelPlan(tensorParallel: 2))
        #expect(shares.kvFraction == 1)
    }

    @Test func decodeScoresRunInTheAbsorbedForm() {
        // 2·heads·(2·kv_lora + rope) = 2·4·72 = 576 FLOP per position and layer, × 2 layers × 100.
        assertExact(cost.decodeFLOPs(context: 100), 576 * 200, "decode FLOPs")
    }

    @Test func queriesAndOutputsFollowTheFormOfThePass() {
        // Decode, absorbed: 4 heads × (kv_lora 32 + rope 8 query + kv_lora 32 output) = 288.
        assertExact(cost.queryOutputElementsPerLayer(.decode), 4 * 72, "decode")
        // Prompt: 4 heads × (nope 16 + rope 8 query + v 16 output) = 160.
        assertExact(cost.queryOutputElementsPerLayer(.prompt), 4 * 40, "prompt")
        assertExact(cost.queryOutputElementsPerLayer(.batchedPrompt), 4 * 40, "batched prompt")
        // GQA (the dense fixture): 4 heads × 2 × head_dim 16 either way.
        let gqa = AttentionCost(ExactFixtures.dense, kvPrecision: .bf16)
        assertExact(gqa.queryOutputElementsPerLayer(.decode), 128, "GQA decode")
        assertExact(gqa.queryOutputElementsPerLayer(.prompt), 128, "GQA prompt")
    }

    /// A hybrid model's linear-attention layers move their own widths: the dense fixture with
    /// 4 layers, every fourth full attention (1) and 3 Gated DeltaNet layers of 2 key heads of
    /// 8 and 4 value heads of 8.
    @Test func linearAttentionLayersMoveTheirOwnQueriesAndOutputs() {
        var a = ExactFixtures.dense
        a.layers = 4
        a.attention.linear = LinearAttention(keyHeads: 2, valueHeads: 4, keyHeadDim: 8, valueHeadDim: 8, convKernel: 4)
        a.attention.fullAttentionInterval = 4
        // Full layer: 4 heads × 2 × 16 = 128; linear: 2·8 query + 4·8 output = 48; averaged
        // over the 4 layers: (128 + 3 × 48) / 4 = 68.
        assertExact(AttentionCost(a, kvPrecision: .bf16).queryOutputElementsPerLayer(.prompt), 68, "hybrid")
    }

    @Test func prefillScoresUseTheFullHeadDimensions() {
        // 2 · (32²/2 = 512 pairs) · 4 heads · (16 + 8 + 16) per layer, × 2 layers.
        assertExact(cost.prefillFLOPs(tokens: 32), 2 * 512 * 4 * 40 * 2, "prefill FLOPs")
    }

    @Test func projectionsOfTheLatentAttention() {
        let work = ModelProfile(model: ExactFixtures.mla, format: .bf16).denseWork
        // q_a 32×64, q_b 4·24×32, kv_a (32+8)×64, kv_b 4·(16+16)×32, o 64×4·16.
        let attention: Double = 32 * 64 + 96 * 32 + 40 * 64 + 128 * 32 + 64 * 64
        assertExact(work.attentionBaseline, Double(attention), "attention MACs per token")
    }
}
