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

    /// The curve's sizes are FLOPs at the H100's BF16 ceiling (794.5 TFLOPS): a GEMM on another
    /// ceiling is read at the FLOPs that take the same time there.
    @Test func gemmCurveIsReadAtTheReferenceRate() {
        let factors = ServingFactors(.standard)
        // At the reference rate itself the FLOPs are the key: 20 GFLOP → the ≥ 16 step, 0.90 / 0.95.
        assertExact(factors.gemmEfficiency(flops: 20e9, rate: 794.5e12), 0.90 / 0.95, "H100 bf16")
        // 2048³ = 17.18 GFLOP on the GB200's FP8 ceiling 2,819.5 TFLOPS: 17.18 × 794.5 / 2819.5
        // = 4.84 GFLOP at the reference → the ≥ 1 GFLOP step, 0.60 / 0.95 (Azure measured 0.59).
        let gemm2048: Double = 2 * 2048 * 2048 * 2048
        assertExact(factors.gemmEfficiency(flops: gemm2048, rate: 2819.5e12), 0.60 / 0.95, "GB200 fp8 2048³")
        // 4096³ = 137.4 GFLOP there: 38.7 GFLOP → 0.90 / 0.95 (measured 0.96).
        let gemm4096: Double = 2 * 4096 * 4096 * 4096
        assertExact(factors.gemmEfficiency(flops: gemm4096, rate: 2819.5e12), 0.90 / 0.95, "GB200 fp8 4096³")
        // A slower ceiling reaches the top step with fewer FLOPs: 100 GFLOP at 397.25 TFLOPS
        // (half the reference) is read as 200 GFLOP → 1.
        assertExact(factors.gemmEfficiency(flops: 100e9, rate: 397.25e12), 1, "half the reference rate")
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
