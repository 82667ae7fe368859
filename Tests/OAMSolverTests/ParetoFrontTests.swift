import OAMCore
import Testing

@testable import OAMSolver

/// The Pareto front over server sizes (`ParetoFront`): the counts it evaluates, dominance and
/// the objectives' picks worked out by hand on synthetic entries, then on the real solver.
@Suite struct ParetoFrontTests {
    typealias F = SolverFixtures

    /// An entry of `modules` modules whose best plan serves `rate` tok/s in total at `tpot` s
    /// per token (TTFT `ttft` s); `nil` rate = speed unknown.
    static func entry(_ modules: Int, rate: Double?, tpot: Double = 0.01, ttft: Double = 0.1) -> FrontEntry {
        let memory = ModuleMemory(
            weights: 1, kvCache: 1, activations: 1, usable: 10, kvPerSequence: 1, sequencesPerReplica: 1,
            maxSequencesPerReplica: 1, stage: 0)
        let speed = rate.map { r in
            ServingEstimate(
                timeToFirstToken: ttft, timePerOutputToken: tpot, prefillTokensPerSecond: r, decodeTokensPerSecond: r,
                outputTokensPerSecond: r, modelComputeEfficiency: 0.1, bottleneck: .weightsBandwidth, decodeStep: StepTime(),
                prefillStep: StepTime(), pipelineBubble: 0, pipelineStages: 1, sequencesPerReplica: 1, peakUsed: 1,
                peakPrecision: .bf16)
        }
        let evaluation = PlanEvaluation(
            plan: ParallelPlan(tensorParallel: modules), memory: memory, speed: speed, meetsTargets: true, targetMisses: [])
        return FrontEntry(modules: modules, evaluations: [evaluation], refusals: [])
    }

    /// Smallest 3 on an 8-module domain up to 128: 3, then the powers of two above it inside
    /// the domain (4) and the domain (8); one node holds the workload, so no more.
    @Test func countsAreServerSizes() {
        #expect(ParetoFront.counts(smallest: 3, domainModules: 8, maxModules: 128) == [3, 4, 8])
        // From 1 with --max-modules 12: 1, 2, 4, 8; 16 is past the limit.
        #expect(ParetoFront.counts(smallest: 1, domainModules: 8, maxModules: 12) == [1, 2, 4, 8])
        // A 72-module domain (NVL72): 2, 4 … 64 inside it, then 72.
        #expect(ParetoFront.counts(smallest: 2, domainModules: 72, maxModules: 200) == [2, 4, 8, 16, 32, 64, 72])
        // Past the domain already (24 modules = 3 nodes): whole nodes doubling above it up to
        // 2 × 24 = 48: 32 (64 is past it).
        #expect(ParetoFront.counts(smallest: 24, domainModules: 8, maxModules: 128) == [24, 32])
        // A domain of one module, smallest 3: nodes of one doubling past it up to 2 × 3 = 6: 4.
        #expect(ParetoFront.counts(smallest: 3, domainModules: 1, maxModules: 5) == [3, 4])
    }

    /// Entries (modules, tok/s total, TPOT): A (1, 100, 40 ms) → 100 per module; B (2, 300,
    /// 20 ms) → 150; C (4, 400, 20 ms) → 100: dominated by B (fewer modules, more per module,
    /// same TPOT); D (8, 480, 10 ms) → 60 per module but the shortest TPOT: kept.
    @Test func dominatedEntriesLeave() {
        let a = Self.entry(1, rate: 100, tpot: 0.04)
        let b = Self.entry(2, rate: 300, tpot: 0.02)
        let c = Self.entry(4, rate: 400, tpot: 0.02)
        let d = Self.entry(8, rate: 480, tpot: 0.01)
        #expect(ParetoFront.dominates(b, c))
        #expect(!ParetoFront.dominates(a, b) && !ParetoFront.dominates(b, d) && !ParetoFront.dominates(b, a))
        let front = ParetoFront.front([d, c, b, a])
        #expect(front.map(\.modules) == [1, 2, 8])
        #expect(ParetoFront.choose(.minModules, in: front)?.modules == 1)
        #expect(ParetoFront.choose(.throughputPerModule, in: front)?.modules == 2)
        #expect(ParetoFront.choose(.latency, in: front)?.modules == 8)
    }

    /// Ties: 2 modules at 200 tok/s and 4 at 400 are both 100 per module at the same TPOT, so
    /// the 4 is dominated (more modules, nothing better) and the objectives pick 2; a tie in
    /// TPOT is broken by the shorter TTFT. Unknown speed: dominated by any smaller count.
    @Test func tiesGoToFewerModules() {
        let two = Self.entry(2, rate: 200)
        let four = Self.entry(4, rate: 400)
        #expect(ParetoFront.front([two, four]).map(\.modules) == [2])
        let slowStart = Self.entry(2, rate: 200, tpot: 0.01, ttft: 0.3)
        let quickStart = Self.entry(4, rate: 100, tpot: 0.01, ttft: 0.1)
        #expect(ParetoFront.choose(.latency, in: [slowStart, quickStart])?.modules == 4)
        let unknown = Self.entry(8, rate: nil)
        #expect(ParetoFront.front([two, unknown]).map(\.modules) == [2])
        #expect(ParetoFront.choose(.throughputPerModule, in: [Self.entry(3, rate: nil)])?.modules == 3)
    }

    /// The real solver, Llama-3.1-70B at batch 32 on H100 SXM: the default answer is the
    /// smallest count as before and the front's first entry; every front entry meets the
    /// workload; throughput-per-module and latency pick their entries and the verdict follows
    /// (modules, plan and the objective's reason); eight modules serve TP8.
    @Test func objectivesPickFromTheRealFront() throws {
        let model = F.model("meta-llama/llama-3.1-70b")
        let workload = ServingWorkload(batch: 32)
        func solve(_ objective: PlanObjective) throws -> ChipVerdict {
            let request = FitRequest(
                model: model, workload: .serving(workload),
                hardware: HardwareQuery(chips: [F.chip("nvidia/h100-sxm")]), objective: objective)
            return try #require(CompatibilitySolver.solve(request).results.first)
        }
        let fewest = try solve(.minModules)
        let front = fewest.front
        #expect(front.count >= 2)
        #expect(front.first?.modules == fewest.modules)
        #expect(front.first?.best.plan == fewest.best?.plan)
        #expect(front.allSatisfy { $0.best.meetsTargets && $0.best.speed != nil })
        #expect(zip(front, front.dropFirst()).allSatisfy { $0.modules < $1.modules })
        let eight = try #require(front.first { $0.modules == 8 })
        #expect(eight.best.plan.tensorParallel == 8)

        let perModule = try solve(.throughputPerModule)
        let best = try #require(front.map { $0.throughputPerModule! }.max())
        #expect(perModule.modules == perModule.front.first { $0.throughputPerModule == best }?.modules)
        #expect(perModule.reasons.contains { $0.text.hasPrefix("objective throughput-per-module: ") })

        let latency = try solve(.latency)
        let fastest = try #require(front.map { $0.timePerOutputToken! }.min())
        let chosen = try #require(latency.best?.speed?.timePerOutputToken)
        #expect(abs(chosen - fastest) <= 1e-9 * fastest)
        #expect(latency.fits && perModule.fits)
    }

    /// `--modules N` fixes the count: the front is that one entry.
    @Test func exactModulesGiveOneEntry() {
        let v = F.serve(F.model("meta-llama/llama-3.1-70b"), on: "nvidia/h100-sxm", ServingWorkload(batch: 32), modules: 8)
        #expect(v.front.map(\.modules) == [8])
    }
}
