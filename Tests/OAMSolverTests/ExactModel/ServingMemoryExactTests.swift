import OAMCore
import Testing

@testable import OAMSolver

/// Weights, KV cache and activation workspace per device for the dense fixture model
/// (bf16), worked out by hand.
@Suite struct ServingMemoryExactTests {
    let profile = ModelProfile(model: ExactFixtures.dense, format: .bf16)

    @Test func weightBytesOfTheWholeModel() {
        // Per layer: q, o 8,192 B, k+v 8,192 B, two norms 256 B, gate+up 32,768 B, down 16,384 B
        // = 73,984 B; embedding and lm_head 32,768 B each, final norm 128 B.
        assertExact(profile.totalBytes, 2 * 73984 + 32768 + 32768 + 128, "model bytes")
    }

    @Test func activationWorkspaceAtTheEngineBudget() {
        // Per token, 2 B each: residual, normed input, attention and MLP outputs 4 × 64; q/k/v
        // (4 + 2·2) × 16 = 128; gate+up 2 × 128 = 256. 64 tokens; fp32 logits of 16 sampled
        // sequences × 256.
        let one = ActivationWorkspace.bytes(
            ExactFixtures.dense, plan: ParallelPlan(tensorParallel: 1), tokens: 64, sampledSequences: 16)
        assertExact(one, 64 * (256 + 128 + 256) * 2 + 16 * 256 * 4, "TP1")
        // TP2: q/k/v and gate+up and the logits halve.
        let two = ActivationWorkspace.bytes(
            ExactFixtures.dense, plan: ParallelPlan(tensorParallel: 2), tokens: 64, sampledSequences: 16)
        assertExact(two, 64 * (256 + 64 + 128) * 2 + 16 * 128 * 4, "TP2")
    }

    @Test func sequencesThatFitOneDevice() {
        let attention = AttentionCost(ExactFixtures.dense, kvPrecision: .bf16)
        let planner = MemoryPlanner(
            profile: profile, attention: attention, contextTokens: 100, profileTokens: 64, maxSequences: 16)
        let plan = ParallelPlan(tensorParallel: 1)
        let m = planner.evaluate(plan, shares: DeviceShares(profile, plan), usable: 1e6, batch: nil)
        let weights: Double = 2.0 * 73984 + 32768 + 32768 + 128
        let activations: Double = 64.0 * (256 + 128 + 256) * 2 + 16 * 256 * 4
        // KV of one 100-token sequence: 64 elements × 2 layers × 100 × 2 B.
        let kv: Double = 25600.0
        assertExact(m.weights, weights, "weights")
        assertExact(m.activations, activations, "activations")
        assertExact(m.kvPerSequence, kv, "KV per sequence")
        // ⌊(1e6 − 213,632 − 98,304) / 25,600⌋ = ⌊26.88⌋ = 26, capped at 16 scheduled.
        #expect(m.maxSequencesPerReplica == 26)
        #expect(m.sequencesPerReplica == 16)
        assertExact(m.kvCache, 16 * kv, "KV cache")
        #expect(m.fits)
    }

    @Test func fullestStageOfATwoByTwoPlan() {
        let attention = AttentionCost(ExactFixtures.dense, kvPrecision: .bf16)
        let planner = MemoryPlanner(
            profile: profile, attention: attention, contextTokens: 100, profileTokens: 64, maxSequences: 16)
        let plan = ParallelPlan(tensorParallel: 2, pipelineParallel: 2)
        let m = planner.evaluate(plan, shares: DeviceShares(profile, plan), usable: 1e6, batch: 4)
        // One layer per stage at TP2: q, o, k+v 4,096 B each, norms 256 B, gate+up 16,384 B,
        // down 8,192 B = 37,120 B. Stage 0 adds half the embedding (16,384 B); stage 1 half
        // of lm_head (16,384 B) and the final norm (128 B): stage 1 is the fuller.
        #expect(m.stage == 1)
        assertExact(m.weights, 37120 + 16384 + 128, "weights of stage 1")
        // KV: 25,600 B × 1/2 (KV heads split) × 1/2 (one of two layers); 4 sequences.
        assertExact(m.kvPerSequence, 6400, "KV per sequence")
        assertExact(m.kvCache, 4 * 6400, "KV cache")
    }
}
