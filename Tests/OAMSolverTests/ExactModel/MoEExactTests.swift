import Foundation
import OAMCore
import Testing

@testable import OAMSolver

/// Mixture-of-experts terms of `ExactFixtures.moe` (4 routed experts of width 32, 2 per
/// token, 1 shared expert of width 32, both layers MoE), worked out by hand. Rates as in
/// `DenseStepExactTests`.
@Suite struct MoEExactTests {
    let roofline = ExactFixtures.roofline(ExactFixtures.moe)

    @Test func touchedExpertsFollowTheBinomialMiss() throws {
        // E·(1 − (1 − k/E)^n) with E = 4, k = 2: one token touches 2, four touch 4·(1 − 1/16).
        let moe = try #require(roofline.profile.architecture.moe)
        assertExact(ExpertLoad.touched(tokens: 1, experts: moe.experts, perToken: moe.expertsPerToken), 2, "one token")
        assertExact(ExpertLoad.touched(tokens: 4, experts: moe.experts, perToken: moe.expertsPerToken), 3.75, "four tokens")
    }

    @Test func weightsAndWorkOfAnMoELayer() {
        let p = roofline.profile
        // Routed: gate+up 4 × (32×64×2) = 16,384 elements, down 4 × 64×32 = 8,192; shared:
        // 32×64×2 = 4,096 and 64×32 = 2,048; router 4×64 = 256; attention 12,288; norms 128.
        assertExact(p.moeLayer[.routedExperts], (16384 + 8192) * 2, "routed bytes")
        assertExact(p.moeLayer[.sharedExperts], (4096 + 2048) * 2, "shared bytes")
        assertExact(p.perExpertBytes, 24576 * 2 / 4, "bytes per expert")
        // MACs per token: attention 12,288 + router 256 + shared 6,144 + routed 24,576 × 2/4.
        assertExact(p.moeWork.total, 12288 + 256 + 6144 + 24576 * 2 / 4, "MACs per MoE layer")
        // Model: 2 layers + lm_head 256×64.
        assertExact(p.macsPerToken, 2 * 30976 + 16384, "MACs per token")
    }

    /// Decode, TP2 with expert parallelism over the group of 2, 4 sequences at context 100.
    @Test func decodeStepWithExpertParallelism() {
        let plan = ParallelPlan(tensorParallel: 2, expertParallel: true)
        let step = ExactFixtures.step(roofline, plan, tokens: 4, context: 100, decode: true)
        // The busiest of the 2 EP devices (ExpertLoad): 4 tokens × 2 = 8 token-expert pairs in 2
        // bins, 4 each on average; the fullest 4 + √(2·4·ln 2) (below the cap 4 tokens × 2).
        let busiest: Double = (4 + (2 * 4 * log(2.0)).squareRoot()) / 4
        // Activations (2 B per element; split as in DenseStepExactTests' TP2 decode): q, o 768 B,
        // k+v 1,280 B; router 4 / 2 tokens × (64 + 4) = 136 elements = 272 B; routed experts
        // (whole under EP): the busiest device's 4 × 2 / 2 × busiest token-expert pairs pass gate
        // and up, 8·busiest rows × (64 + 32) = 768·busiest elements = 1,536·busiest B, and down,
        // 4·busiest × (32 + 64) = 384·busiest = 768·busiest B; shared gate+up 2 × 4 ×
        // (64 + 16) = 640 = 1,280 B, down (row-parallel) 4 × (16 + 64) = 320 = 640 B.
        // Reads per layer at 5e11 B/s (weights + activations < 16,384 B): q, o 8,192 / 2; k+v
        // 8,192 × 1/2; router 512 (replicated); routed down 16,384 × 3.75/4 / 2 = 7,680; shared
        // gate+up 8,192 / 2, down 4,096 / 2. Routed gate+up 32,768 × 3.75/4 / 2 = 15,360 plus
        // 1,536·busiest ≈ 2,440 B of activations crosses 16,384 B: 1e12. lm_head 16,384 + norm 128
        // at 1e12.
        let layerReads: Double = (3 * 4096 + 512 + 7680 + 4096 + 2048) / 5e11 + 15360 / 1e12
        assertExact(step.weightReads, 2 * layerReads + 16512 / 1e12, "weight reads")
        // Queries and outputs 4 × 128 / 2 × 2 B × 2 layers = 1,024 B, with the KV at 1e12.
        let layerActivations: Double = (768 + 1280 + 768 + 272 + 768 * busiest + 1280 + 640) / 5e11 + 1536 * busiest / 1e12
        // lm_head over the group of 2: 4 × (64 + 256 / 2) × 2 B = 1,536 B, with its weights at 1e12.
        assertExact(step.activationTraffic, 2 * layerActivations + 1536 / 1e12 + 1024 / 1e12, "activations")
        // FLOPs per layer: q, k+v, o 16,384 each; router 2·4·256 / 2 = 1,024; routed 2·4·16,384·(2/4)
        // / 2 = 32,768 and 2·4·8,192·(2/4) / 2 = 16,384, each × the busiest device's share; shared
        // 2·4·4,096 / 2 = 16,384 and 8,192. lm_head 2·16,384·4 / 2.
        let layerFLOPs: Double = 3 * 16384.0 + 1024 + (32768 + 16384) * busiest + 16384 + 8192
        assertExact(step.linearCompute, (2 * layerFLOPs + 65536) / 5e14, "linear compute")
        // Communication: attention all-reduce of 4 × 64 × 2 B = 512 B per layer (10 µs + 512 / 5e10),
        // then dispatch and combine all-to-alls of (4 / 2 tokens) × 2 experts × 64 × 2 B = 512 B
        // each, × the busiest receiver's share: 10 µs + (1/2)·512·busiest / (1e11 × 0.5).
        let allReduce: Double = 1e-5 + 2 * 0.5 * 512 / 5e10
        let allToAll: Double = 1e-5 + 0.5 * 512 * busiest / 5e10
        assertExact(step.communication, 2 * allReduce + 2 * 2 * allToAll, "communication")
    }

    /// Without expert parallelism the experts are sliced and the MoE block all-reduces.
    @Test func decodeStepWithSlicedExpertsAllReduces() {
        let step = ExactFixtures.step(roofline, ParallelPlan(tensorParallel: 2), tokens: 4, context: 100, decode: true)
        let allReduce: Double = 1e-5 + 2 * 0.5 * 512 / 5e10
        assertExact(step.communication, 2 * allReduce + 2 * allReduce, "communication")
    }

    /// A grouped GEMM runs at the size of one expert's GEMM, not of the whole launch: TP1
    /// decode of 128 sequences, where the routed operators are above the 1e6-FLOP step but
    /// each expert's GEMM is below it.
    @Test func routedExpertGEMMsRunAtOneExpertsSize() {
        let step = ExactFixtures.step(roofline, ParallelPlan(tensorParallel: 1), tokens: 128, context: 100, decode: true)
        // 128 tokens touch 4·(1 − (1/2)^128) = 4 experts (in doubles), 128 × 2 / 4 = 64 rows each.
        // Full rate (≥ 1e6 FLOP, 1e15): q, o, k+v 2·128·4,096 = 1,048,576 each; shared gate+up
        // 2·128·4,096 = 1,048,576; lm_head 2·16,384·128 = 4,194,304 once.
        // Half rate (5e14): router 2·128·256 = 65,536; shared down 2·128·2,048 = 524,288; routed
        // gate+up 2·128·16,384·(2/4) = 2,097,152 whose expert GEMMs are 2·64·4,096 = 524,288;
        // routed down 1,048,576 whose expert GEMMs are 2·64·2,048 = 262,144.
        let full: Double = 4 * 1_048_576
        let half: Double = 65536 + 524_288 + 2_097_152 + 1_048_576
        assertExact(step.linearCompute, 2 * (full / 1e15 + half / 5e14) + 4_194_304 / 1e15, "linear compute")
    }

    @Test func expertsPerDeviceUnderExpertAndTensorParallelism() {
        let p = roofline.profile
        // EP over 2: ⌈4 / 2⌉ = 2 whole experts; TP2: 4 / 2 experts' worth of slices.
        let ep = DeviceShares(p, ParallelPlan(tensorParallel: 2, expertParallel: true))
        #expect(ep.expertsPerDevice == 2)
        // Without routed experts, per device: q and o 8,192 B / 2, k+v 8,192 B × 1/2, router
        // 512 B and norms 2 × 64 × 2 B = 256 B (replicated), shared expert 12,288 B / 2.
        // Each routed expert is 24,576 × 2 B / 4 = 12,288 B.
        assertExact(ep.moeLayerShared, 3 * 4096 + 512 + 256 + 6144, "shared part per device")
        assertExact(ep.moeLayer, 3 * 4096 + 512 + 256 + 6144 + 2 * 12288, "MoE layer per device")
    }
}
