import OAMCore
import Testing

@testable import OAMSolver

/// The training path on the dense fixture model: activation memory (Korthikanti et al.
/// 2022), ZeRO sharding, 6·N·D FLOPs over devices × peak × MFU; worked out by hand.
@Suite struct TrainingExactTests {
    let a = ExactFixtures.dense

    @Test func activationBytesPerLayerByRecompute() {
        // s = 128, b = 2, h = 64, 4 heads, TP2.
        let none = TrainingMemory.activationBytesPerLayer(a, sequence: 128, microBatch: 2, tensorParallel: 2, recompute: .none)
        assertExact(none, 128 * 2 * 64 * (34 + 5 * 4 * 128 / 64.0) / 2, "no recompute: s·b·h·(34 + 5·a·s/h)/t")
        let selective = TrainingMemory.activationBytesPerLayer(
            a, sequence: 128, microBatch: 2, tensorParallel: 2, recompute: .selective)
        assertExact(selective, 34 * 128 * 2 * 64 / 2.0, "selective: 34·s·b·h/t")
        let full = TrainingMemory.activationBytesPerLayer(a, sequence: 128, microBatch: 2, tensorParallel: 2, recompute: .full)
        assertExact(full, 2 * 128 * 2 * 64 / 2.0, "full: 2·s·b·h/t")
    }

    @Test func zeroShardsStatesOverDataParallelRanks() {
        let w = TrainingWorkload(tokens: 1e12, zeroStage: 2, recompute: .full, sequenceLength: 128, microBatch: 2)
        let plan = ParallelPlan(tensorParallel: 1, pipelineParallel: 2, replicas: 4)
        let m = TrainingMemory.evaluate(a, parameters: 1000, plan: plan, workload: w, stageLayers: 1)
        // ZeRO-2 over 4 ranks: bf16 weights whole (2 B), gradients (2 B) and AdamW states (12 B) / 4.
        assertExact(m.weights, 2000, "weights")
        assertExact(m.gradients, 2000 / 4, "gradients")
        assertExact(m.optimizer, 12000 / 4, "optimizer")
        // Full recompute: 2·s·b·h per layer × 1 layer × 2 micro-batches in flight (1F1B), plus one
        // layer's full activations for the recomputation: s·b·h·(34 + 5·a·s/h).
        let kept: Double = 2.0 * 128 * 2 * 64 * 1 * 2
        let recomputed: Double = 128 * 2 * 64 * (34 + 5 * 4 * 128 / 64.0)
        assertExact(m.activations, kept + recomputed, "activations")
    }

    @Test func trainingDurationOnTwoModules() throws {
        let chip = ExactFixtures.chip()
        let profile = ModelProfile(model: a, format: .bf16)
        let model = ModelDescriptor(
            id: "test/exact-dense", name: "Exact dense", architecture: a, checkpoint: .init(dtype: "bf16"))
        let workload = TrainingWorkload(tokens: 1e12, mfu: 0.5, sequenceLength: 128, microBatch: 2)
        let solver = TrainingSolver(
            model: model, workload: workload, chip: chip, profile: profile, defaults: ExactFixtures.defaults, strict: false,
            exactModules: 2, maxModules: 2)
        let verdict = solver.verdict()
        #expect(verdict.fits)
        let t = try #require(verdict.training)
        // 6 × 90,112 MACs per token × 1e12 tokens over 2 devices × 2e15 FLOP/s × 0.5 MFU.
        let flops: Double = 6 * 90112 * 1e12
        assertExact(t.totalFLOPs, flops, "6·N·D")
        let seconds = flops / (2 * 2e15 * 0.5)
        assertExact(t.days, seconds / 86400, "days")
        assertExact(t.moduleHours, 2 * seconds / 3600, "module-hours")
        assertExact(t.energyKWh, 2 * 500 * seconds / 3600 / 1000, "energy at 500 W")
        // TP1 × DP2 (the fewest model-parallel ranks that fit): the whole model, 213,632 B =
        // 106,816 bf16 parameters, per device; ZeRO-1 shards AdamW's 12 B over 2 ranks.
        #expect(t.plan == ParallelPlan(tensorParallel: 1, replicas: 2))
        assertExact(t.weights, 213632, "weights")
        assertExact(t.optimizer, 12 * 106816 / 2, "optimizer")
        // Selective recompute: 34·128·2·64 per layer × 2 layers × 1 stage.
        assertExact(t.activations, 34 * 128 * 2 * 64 * 2, "activations")
    }
}
