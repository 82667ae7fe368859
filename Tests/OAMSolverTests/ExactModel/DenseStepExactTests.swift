import OAMCore
import Testing

@testable import OAMSolver

/// The step time of the dense fixture model (`ExactFixtures.dense`) on the fixture chip,
/// every term worked out by hand. Rates: memory 1e12 B/s sustained (2e12 × 0.5), half that
/// (5e11) for operations under 16,384 B; GEMMs 1e15 FLOP/s (2e15 × 0.5), half that (5e14)
/// under 1e6 FLOP; attention kernels 0.25 × 1e15 = 2.5e14 FLOP/s. Weights are bf16 (2 B).
/// An operator's memory rate is set by all the bytes it moves: its weights (or KV) plus its
/// activations, each token's input and output in 2 B; attention moves each token's queries
/// and outputs, 4 heads × (16 + 16) = 128 elements per layer.
@Suite struct DenseStepExactTests {
    let roofline = ExactFixtures.roofline(ExactFixtures.dense)

    /// Decode, TP1, 4 sequences at context 100.
    @Test func decodeStepTermsOnOneDevice() {
        let step = ExactFixtures.step(roofline, ParallelPlan(tensorParallel: 1), tokens: 4, context: 100, decode: true)
        // Activations per layer, 2 B per element: q and o 4 tokens × (64 in + 64 out) = 512
        // elements = 1,024 B each; k+v 2 × 4 × (64 + 32) = 768 = 1,536 B; gate+up 2 × 4 × (64 +
        // 128) = 1,536 = 3,072 B; down 4 × (128 + 64) = 768 = 1,536 B.
        // With them: q, o 9,216 B, k+v 9,728 B (< 16,384 B: 5e11 B/s); gate+up 32,768 + 3,072 B
        // and down 16,384 + 1,536 B (1e12 B/s).
        let layerReads: Double = 3 * 8192 / 5e11 + 32768 / 1e12 + 16384 / 1e12
        let layerActivations: Double = (1024 + 1536 + 1024) / 5e11 + (3072 + 1536) / 1e12
        // lm_head 256×64 bf16 = 32,768 B plus the final norm 64 × 2 B = 128 B, and its
        // activations, 4 sampled tokens × (64 in + 256 logits) × 2 B = 2,560 B, at 1e12 B/s.
        let headReads: Double = 32896 / 1e12
        let headActivations: Double = 2560 / 1e12
        assertExact(step.weightReads, 2 * layerReads + headReads, "weight reads")
        // GEMM FLOPs, 2 per MAC per token: q, k+v, o 2·4·4096 = 32,768 each; gate+up 2·4·16384 =
        // 131,072; down 2·4·8192 = 65,536; all under 1e6 FLOP: 5e14 FLOP/s.
        let layerCompute: Double = (3 * 32768 + 131072 + 65536) / 5e14
        // lm_head: 2 · (256·64) · 4 tokens = 131,072 FLOP.
        let headCompute: Double = 131072 / 5e14
        assertExact(step.linearCompute, 2 * layerCompute + headCompute, "linear compute")
        // No overlap: each operator's memory and compute times add.
        let linear: Double = 2 * (layerReads + layerActivations + layerCompute) + headReads + headActivations + headCompute
        assertExact(step.linear, linear, "linear")
        // KV cache: 2·2 KV heads·16 = 64 elements per token and layer, × 2 B × 2 layers × 100
        // tokens = 25,600 B per sequence, × 4 sequences = 102,400 B; queries and outputs 4 × 128
        // × 2 B × 2 layers = 2,048 B (52,224 B per layer: 1e12 B/s).
        let kvReads: Double = 102400 / 1e12
        assertExact(step.kvReads, kvReads, "KV reads")
        assertExact(step.activationTraffic, 2 * layerActivations + headActivations + 2048 / 1e12, "activations")
        // Scores: QKᵀ and PV, 4·heads·head_dim = 4·4·16 = 256 FLOP per position and layer,
        // × 2 layers × 100 positions × 4 sequences = 204,800 FLOP at 2.5e14 FLOP/s.
        let attentionCompute: Double = 204800 / 2.5e14
        assertExact(step.attentionCompute, attentionCompute, "attention compute")
        assertExact(step.attention, kvReads + 2048 / 1e12 + attentionCompute, "attention")
        // Non-GEMM share 0.2 of the whole step: (linear + attention) × 0.2 / (1 − 0.2).
        let kernels = linear + kvReads + 2048 / 1e12 + attentionCompute
        assertExact(step.nonGEMM, kernels * 0.2 / 0.8, "non-GEMM")
        #expect(step.communication == 0, "TP1 has no collectives")
        assertExact(step.total, kernels / 0.8, "total")
        // 2.29504e-7 s of weight reads beat 1.024e-7 s of KV reads.
        #expect(step.dominant == .weightsBandwidth)
    }

    /// Decode, TP2: heads, KV heads and the MLP halve; two all-reduces per layer.
    @Test func decodeStepOnTwoDevicesAddsTwoAllReducesPerLayer() {
        let step = ExactFixtures.step(roofline, ParallelPlan(tensorParallel: 2), tokens: 4, context: 100, decode: true)
        // Activations, Megatron's split: q and k+v read the whole input and write their half
        // of the heads, o reads half the heads and writes the whole hidden state; gate+up read
        // the whole input, down writes it. q, o 4 × (64 + 32) = 384 elements = 768 B each; k+v
        // 2 × 4 × (64 + 16) = 640 = 1,280 B; gate+up 2 × 4 × (64 + 64) = 1,024 = 2,048 B; down
        // 4 × (64 + 64) = 512 = 1,024 B.
        // Per layer: q, o 4,096 + 768 B each; k+v 8,192 × 1/2 + 1,280 B (5e11 B/s); gate+up
        // 16,384 + 2,048 B (1e12 B/s), down 8,192 + 1,024 B (5e11 B/s). lm_head 32,768 / 2 + norm
        // 128 = 16,512 B (1e12 B/s).
        let layerReads: Double = 3 * 4096 / 5e11 + 16384 / 1e12 + 8192 / 5e11
        assertExact(step.weightReads, 2 * layerReads + 16512 / 1e12, "weight reads")
        // Queries and outputs of half the heads: 4 × 128 / 2 × 2 B × 2 layers = 1,024 B, with
        // the KV (26,112 B per layer: 1e12 B/s).
        let layerActivations: Double = (768 + 1280 + 768 + 1024) / 5e11 + 2048 / 1e12
        // lm_head (vocabulary-parallel): 4 × (64 + 256 / 2) × 2 B = 1,536 B, with its 16,512 B of
        // weights at 1e12 B/s.
        assertExact(step.activationTraffic, 2 * layerActivations + 1536 / 1e12 + 1024 / 1e12, "activations")
        // FLOPs halve: 16,384 × 3 + 65,536 + 32,768 per layer; lm_head 131,072 / 2.
        assertExact(step.linearCompute, (2 * (3 * 16384 + 65536 + 32768) + 65536) / 5e14, "linear compute")
        // KV: 102,400 B × 1/2 = 51,200 B (with the queries and outputs below, 26,112 B per layer:
        // 1e12 B/s); scores 204,800 / 2 FLOP.
        assertExact(step.kvReads, 51200 / 1e12, "KV reads")
        assertExact(step.attentionCompute, 102400 / 2.5e14, "attention compute")
        // Ring all-reduce of 4 tokens × 64 × 2 B = 512 B over 2 devices: 10 µs + 2·(1/2)·512 B /
        // (1e11 B/s × 0.5); after attention and after the MLP of both layers: 4 of them.
        let allReduce: Double = 1e-5 + 2 * 0.5 * 512 / 5e10
        assertExact(step.communication, 4 * allReduce, "communication")
    }

    /// One 32-token prompt, TP1: weights read once, causal attention, KV written.
    @Test func prefillPassOnOneDevice() {
        let step = ExactFixtures.step(roofline, ParallelPlan(tensorParallel: 1), tokens: 32, context: 0, decode: false)
        // Activations: q, o 32 × 128 = 4,096 elements = 8,192 B each; k+v 2 × 32 × 96 = 6,144 =
        // 12,288 B; gate+up 2 × 32 × 192 = 12,288 = 24,576 B; down 32 × 192 = 6,144 = 12,288 B.
        // With them every operator moves ≥ 16,384 B (q, o 8,192 + 8,192): all at 1e12 B/s.
        assertExact(step.weightReads, (2 * (3 * 8192 + 32768 + 16384) + 32896) / 1e12, "weight reads")
        // Queries and outputs 32 × 128 × 2 B × 2 layers = 16,384 B, with the 8,192 KV bytes
        // written: 12,288 B per layer, 5e11 B/s.
        let layerActivations: Double = (8192 + 12288 + 8192 + 24576 + 12288) / 1e12
        // lm_head samples one token: (64 + 256) × 2 B = 640 B, with its weights at 1e12 B/s.
        assertExact(step.activationTraffic, 2 * layerActivations + 640 / 1e12 + 16384 / 5e11, "activations")
        // q, k+v, o: 2·32·4096 = 262,144 FLOP each (5e14); gate+up 2·32·16384 = 1,048,576 (≥ 1e6:
        // 1e15); down 2·32·8192 = 524,288 (5e14). lm_head samples one token: 2·16,384 = 32,768.
        let layerCompute: Double = 3 * 262144 / 5e14 + 1_048_576 / 1e15 + 524288 / 5e14
        assertExact(step.linearCompute, 2 * layerCompute + 32768 / 5e14, "linear compute")
        // KV written: 32 tokens × 64 elements × 2 layers × 2 B = 8,192 B (with the queries and
        // outputs below, 12,288 B per layer: 5e11).
        assertExact(step.kvReads, 8192 / 5e11, "KV writes")
        // Causal scores: 2 · (32²/2 = 512 pairs) · 4 heads · (16 + 16) per layer, × 2 layers.
        assertExact(step.attentionCompute, 2 * 2 * 512 * 4 * 32 / 2.5e14, "attention compute")
        let kernels = step.linear + step.attention
        assertExact(step.total, kernels / 0.8, "total")
    }

    /// Attention's rate is set by all the bytes it moves: a 64-token prompt writes 64 × 64 × 2 B
    /// = 8,192 B of KV per layer (alone under 16,384 B) and moves 64 × 128 × 2 B = 16,384 B of
    /// queries and outputs per layer, so the layer's 24,576 B run at 1e12 B/s.
    @Test func attentionRateCountsQueriesAndOutputs() {
        let step = ExactFixtures.step(roofline, ParallelPlan(tensorParallel: 1), tokens: 64, context: 0, decode: false)
        assertExact(step.kvReads, 2 * 8192 / 1e12, "KV writes")
        // Causal scores: 2 · (64²/2 = 2,048 pairs) · 4 heads · 32 per layer, × 2 layers.
        let scores: Double = 2 * 2 * 2048 * 4 * 32 / 2.5e14
        assertExact(step.attention, 2 * (8192 + 16384) / 1e12 + scores, "attention")
    }

    /// FP8 GEMMs read the size curve at the time they take: a 32-token prompt with fp8 weights
    /// runs its matrices on the 2e15 FLOP/s fp8 ceiling, where the curve's 1e6-FLOP step is a
    /// 2e6-FLOP GEMM; lm_head stays bf16.
    @Test func fp8GEMMsReadTheSizeCurveAtTheirOwnCeiling() {
        let fp8 = ExactFixtures.roofline(ExactFixtures.dense, precision: ExactFixtures.fp8Plan())
        let step = ExactFixtures.step(fp8, ParallelPlan(tensorParallel: 1), tokens: 32, context: 0, decode: false)
        // q, k+v, o 262,144 FLOP each, down 524,288, gate+up 1,048,576: at 2e15 FLOP/s they take
        // what 131,072 … 524,288 FLOP take at the 1e15 reference, all under the 1e6 step, so all
        // run at half the fp8 ceiling, 1e15 (read by FLOPs, gate+up would run at 2e15).
        // lm_head, bf16: 32,768 FLOP at 1e15 is under the step: 5e14.
        let layer: Double = (3 * 262144 + 524288 + 1_048_576) / 1e15
        assertExact(step.linearCompute, 2 * layer + 32768 / 5e14, "linear compute")
    }

    /// A 32-token prompt batched with others, TP2: no weight reads, GEMMs at the size of the
    /// 64-token engine budget (twice the prompt), all-reduces without latency.
    @Test func batchedPrefillUsesTheEngineBudgetAndReadsNoWeights() {
        let step = ExactFixtures.step(
            roofline, ParallelPlan(tensorParallel: 2), tokens: 32, context: 0, decode: false, batched: true)
        #expect(step.weightReads == 0, "batched prompts read no weights")
        // Per device: q, o 2·32·4096 / 2 = 131,072 FLOP, k+v 2·32·4096 × 1/2 = 131,072 (sized
        // ×2 = 262,144 < 1e6: 5e14); gate+up 2·32·16384 / 2 = 524,288 (×2 = 1,048,576 ≥ 1e6: 1e15);
        // down 262,144 (×2 < 1e6: 5e14); lm_head 2·16,384 / 2 = 16,384 (5e14).
        let layer: Double = 3 * 131072 / 5e14 + 524288 / 1e15 + 262144 / 5e14
        assertExact(step.linearCompute, 2 * layer + 16384 / 5e14, "linear compute")
        // KV written: 8,192 B × 1/2 = 4,096 B (with the queries and outputs below, 6,144 B per
        // layer: 5e11); scores 2·2·512·4·32 / 2.
        assertExact(step.kvReads, 4096 / 5e11, "KV writes")
        // Activations (Megatron's split as in the TP2 decode, 32 tokens), sized like the GEMMs
        // at the 64-token budget (×2): q, o 32 × (64 + 32) = 3,072 elements = 6,144 B each
        // (12,288 < 16,384: 5e11); k+v 2 × 32 × (64 + 16) = 5,120 = 10,240 B; gate+up 2 × 32 ×
        // (64 + 64) = 8,192 = 16,384 B; down 32 × 128 = 4,096 = 8,192 B (×2 ≥ 16,384: 1e12).
        // Queries and outputs of half the heads 32 × 64 × 2 B × 2 layers = 8,192 B, with the
        // KV 6,144 B per layer (attention is not sized to the budget): 5e11.
        let layerActivations: Double = (6144 + 6144) / 5e11 + (10240 + 16384 + 8192) / 1e12
        // lm_head, one sampled token, no weights read: (64 + 256 / 2) × 2 B = 384 B (×2 < 16,384: 5e11).
        assertExact(step.activationTraffic, 2 * layerActivations + 384 / 5e11 + 8192 / 5e11, "activations")
        assertExact(step.attentionCompute, 131072 / 2.5e14, "attention compute")
        // All-reduce of 32 × 64 × 2 B = 4,096 B over 2: 2·(1/2)·4096 / 5e10 (amortised: no
        // latency), after attention and after the MLP of 2 layers.
        assertExact(step.communication, 4 * (2 * 0.5 * 4096 / 5e10), "communication")
    }
}
