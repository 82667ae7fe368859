/// The serving-efficiency factors of `SolverDefaults`, clamped to safe ranges, as the time
/// model reads them (Docs/solver.md §2.6).
public struct ServingFactors: Sendable, Hashable {
    /// GEMM and memory efficiency by operation size (Calculon H100 shapes).
    public var gemmCurve: EfficiencyCurve
    /// The GEMM rate `gemmCurve`'s sizes are FLOPs at, FLOP/s (`gemmReferenceRate`).
    public var gemmReferenceRate: Double
    public var memoryCurve: EfficiencyCurve
    /// 0 = memory and compute add, 1 = the larger only.
    public var overlap: Double
    /// Non-GEMM share of step time, in [0, 0.9].
    public var nonGEMMShare: Double
    /// Attention-kernel rate relative to the large-GEMM ceiling, in [0.01, 1].
    public var attentionEfficiency: Double
    /// Tokens a batched prefill shares its GEMMs with (the engine's token budget).
    public var batchTokens: Double

    public init(_ defaults: SolverDefaults) {
        func clamp(_ x: Double, _ low: Double, _ high: Double, _ fallback: Double) -> Double {
            x.isFinite ? min(high, max(low, x)) : fallback
        }
        gemmCurve = defaults.gemmSizeEfficiency
        gemmReferenceRate = clamp(defaults.gemmReferenceRate.value, 1, 1e21, 794.5e12)
        memoryCurve = defaults.memorySizeEfficiency
        overlap = clamp(defaults.operatorOverlap.value, 0, 1, 0)
        nonGEMMShare = clamp(defaults.nonGEMMShare.value, 0, 0.9, 0)
        attentionEfficiency = clamp(defaults.attentionEfficiency.value, 0.01, 1, 1)
        batchTokens = clamp(defaults.profileTokens.value, 1, 1e9, 8192)
    }

    /// The efficiency of a GEMM of `flops` on a ceiling of `rate` FLOP/s, relative to large
    /// GEMMs: the curve read at the FLOPs that take the same time at the reference rate.
    public func gemmEfficiency(flops: Double, rate: Double) -> Double {
        gemmCurve.relative(rate > 0 ? flops * gemmReferenceRate / rate : flops)
    }

    /// An operator's time from its memory and compute times.
    public func combine(_ memory: Double, _ compute: Double) -> Double {
        max(memory, compute) + (1 - overlap) * min(memory, compute)
    }
}
