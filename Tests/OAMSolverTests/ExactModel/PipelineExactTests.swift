import OAMCore
import Testing

@testable import OAMSolver

/// How `ServingRoofline.estimate` assembles stage steps into latencies and rates, on the
/// dense fixture model: pipeline hops and bubbles, the prompt/decode cycle, MFU.
@Suite struct PipelineExactTests {
    let roofline = ExactFixtures.roofline(ExactFixtures.dense)
    /// 32-token prompts, 8 output tokens: decode runs at the average context 32 + 8/2 = 36.
    let workload = ServingWorkload(inputTokens: 32, outputTokens: 8, batch: 1)

    @Test func oneStageEstimate() throws {
        let plan = ParallelPlan(tensorParallel: 1)
        let e = try #require(
            roofline.estimate(plan, shares: DeviceShares(roofline.profile, plan), sequences: 1, workload: workload))
        let decode = ExactFixtures.step(roofline, plan, tokens: 1, context: 36, decode: true)
        let prompt = ExactFixtures.step(roofline, plan, tokens: 32, context: 0, decode: false)
        let batched = ExactFixtures.step(roofline, plan, tokens: 32, context: 0, decode: false, batched: true)
        assertExact(e.timePerOutputToken, decode.total, "TPOT")
        assertExact(e.timeToFirstToken, prompt.total, "TTFT")
        #expect(e.pipelineBubble == 0)
        // One sequence: a cycle is its batched prompt plus 8 decode steps.
        let cycle = batched.total + 8 * decode.total
        assertExact(e.outputTokensPerSecond, 8 / cycle, "output tokens/s")
        assertExact(e.decodeTokensPerSecond, 1 / decode.total, "decode tokens/s")
        assertExact(e.prefillTokensPerSecond, 32 / batched.total, "prefill tokens/s")
        // MFU: 2 × 90,112 MACs per token (2 layers × 36,864 + lm_head 16,384) × 40 tokens per
        // request, at (8 / cycle) / 8 requests per second, over one device's 2e15 FLOP/s.
        assertExact(e.modelComputeEfficiency, (1 / cycle) * 2 * 90112 * 40 / 2e15, "MFU")
    }

    /// Two stages of one layer each and a single sequence: one micro-batch, half the
    /// stages idle; every token crosses one in-node hop.
    @Test func twoStagePipelineWithOneSequenceHasABubble() throws {
        let plan = ParallelPlan(tensorParallel: 1, pipelineParallel: 2)
        let e = try #require(
            roofline.estimate(plan, shares: DeviceShares(roofline.profile, plan), sequences: 1, workload: workload))
        #expect(e.pipelineBubble == 0.5, "1 − 1 micro-batch / 2 stages")
        // The last stage also runs lm_head: it is the slower one.
        let last = ExactFixtures.step(roofline, plan, stage: 1, tokens: 1, context: 36, decode: true)
        let first = ExactFixtures.step(roofline, plan, stage: 0, tokens: 1, context: 36, decode: true)
        #expect(last.total > first.total)
        // Hop: 1 token × 64 × 2 B = 128 B to the next stage in the node: 10 µs + 128 / 1e11.
        let hop: Double = 1e-5 + 128 / 1e11
        assertExact(e.timePerOutputToken, 2 * last.total + hop, "TPOT = stages × slowest step + hops")
        // The prompt passes both stages in turn and hops once with 32 × 64 × 2 B = 4,096 B.
        let p0 = ExactFixtures.step(roofline, plan, stage: 0, tokens: 32, context: 0, decode: false)
        let p1 = ExactFixtures.step(roofline, plan, stage: 1, tokens: 32, context: 0, decode: false)
        assertExact(e.timeToFirstToken, p0.total + p1.total + 1e-5 + 4096 / 1e11, "TTFT")
    }

    /// Each stage holds one of the two layers: its weights, its share of the KV cache.
    @Test func stageSplitsLayersAndKV() {
        let plan = ParallelPlan(tensorParallel: 1, pipelineParallel: 2)
        let first = ExactFixtures.step(roofline, plan, stage: 0, tokens: 4, context: 100, decode: true)
        // One layer's reads (see DenseStepExactTests) and half of 102,400 KV bytes (51,200 ≥ 16,384).
        assertExact(first.weightReads, 3 * 8192 / 5e11 + 32768 / 1e12 + 16384 / 1e12, "stage 0 reads")
        assertExact(first.kvReads, 51200 / 1e12, "stage 0 KV")
    }
}
