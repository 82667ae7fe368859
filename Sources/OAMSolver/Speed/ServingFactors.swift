/// The serving-efficiency factors of `SolverDefaults`, clamped to safe ranges, as the time
/// model reads them (Docs/solver.md §2.6).
public struct ServingFactors: Sendable, Hashable {
    /// GEMM efficiency by operation size (Calculon's H100 shape), read through
    /// `gemmEfficiency(flops:rate:)` only: its sizes are FLOPs at `gemmReferenceRate`.
    private var gemmCurve: EfficiencyCurve
    /// The GEMM rate `gemmCurve`'s sizes are FLOPs at, FLOP/s (`SolverDefaults.gemmReferenceRate`).
    public var gemmReferenceRate: Double
    /// Memory efficiency by the bytes one operation moves (Calculon's H100 shape).
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
        gemmReferenceRate = clamp(
            defaults.gemmReferenceRate.value, 1, 1e21, SolverDefaults.standard.gemmReferenceRate.value)
        memoryCurve = defaults.memorySizeEfficiency
        overlap = clamp(defaults.operatorOverlap.value, 0, 1, 0)
        nonGEMMShare = clamp(defaults.nonGEMMShare.value, 0, 0.9, 0)
        attentionEfficiency = clamp(defaults.attentionEfficiency.value, 0.01, 1, 1)
        batchTokens = clamp(defaults.profileTokens.value, 1, 1e9, 8192)
    }

    /// The efficiency of a GEMM of `flops` on a sustained ceiling of `rate` FLOP/s (positive:
    /// the roofline's rates are checked usable), relative to large GEMMs: the curve read at the
    /// FLOPs that take the same time at the reference rate.
    public func gemmEfficiency(flops: Double, rate: Double) -> Double {
        gemmCurve.relative(flops * gemmReferenceRate / rate)
    }

    /// An operator's time from its memory and compute times.
    public func combine(_ memory: Double, _ compute: Double) -> Double {
        max(memory, compute) + (1 - overlap) * min(memory, compute)
    }
}
