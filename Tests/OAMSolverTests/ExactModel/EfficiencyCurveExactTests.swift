import OAMCore
import Testing

@testable import OAMSolver

/// The shipped size-efficiency curves (Calculon's H100 steps, relative to their largest
/// step) and the operator combination, by hand.
@Suite struct EfficiencyCurveExactTests {
    @Test func gemmCurveSteps() {
        let curve = SolverDefaults.standard.gemmSizeEfficiency
        // ≥ 128 GFLOP 0.95, ≥ 16 0.90, ≥ 1 0.60, below 0.10; relative to 0.95.
        assertExact(curve.relative(200e9), 1, "≥ 128 GFLOP")
        assertExact(curve.relative(16e9), 0.90 / 0.95, "16 GFLOP")
        assertExact(curve.relative(2e9), 0.60 / 0.95, "2 GFLOP")
        assertExact(curve.relative(0.5e9), 0.10 / 0.95, "0.5 GFLOP")
    }

    @Test func memoryCurveSteps() {
        let curve = SolverDefaults.standard.memorySizeEfficiency
        // ≥ 100 MB 0.90, ≥ 10 0.75, ≥ 1 0.60, below 0.30; relative to 0.90.
        assertExact(curve.relative(100e6), 1, "100 MB")
        assertExact(curve.relative(50e6), 0.75 / 0.90, "50 MB")
        assertExact(curve.relative(1e6), 0.60 / 0.90, "1 MB")
        assertExact(curve.relative(1e3), 0.30 / 0.90, "1 kB")
    }

    @Test func overlapCombinesMemoryAndComputeTime() {
        var d = SolverDefaults()
        d.operatorOverlap.value = 0.25
        // max + (1 − overlap) × min = 3 + 0.75 × 1.
        assertExact(ServingFactors(d).combine(1, 3), 3.75, "partial overlap")
        assertExact(ServingFactors(.standard).combine(1, 3), 4, "no overlap (Calculon H100)")
    }
}
