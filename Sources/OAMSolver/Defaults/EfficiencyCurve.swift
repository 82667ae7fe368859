/// An efficiency that depends on the size of one operation, in steps, as Calculon's system
/// files state them (`gflops_efficiency`, `MB_efficiency`): an operation at least as large
/// as a step's threshold runs at that step's efficiency.
///
/// The solver uses the curve's **shape** only: `relative(size)` divides by the efficiency
/// of the largest step, and multiplies the chip's own measured ceiling (an adapter's
/// large-GEMM or STREAM fraction, or the default), so a chip keeps its measurement for
/// large operations and loses the same share as Calculon's H100 for small ones.
public struct EfficiencyCurve: Sendable, Hashable {
    /// One step: operations of at least `threshold` (in the curve's unit) run at `efficiency`.
    public struct Step: Sendable, Hashable {
        public var threshold: Double
        public var efficiency: Double

        public init(_ threshold: Double, _ efficiency: Double) {
            self.threshold = threshold
            self.efficiency = efficiency
        }
    }

    public var name: String
    /// Largest threshold first; the last step's threshold is 0.
    public var steps: [Step]
    /// What one unit of size is, e.g. 1e9 (GFLOP) or 1e6 (MB).
    public var unit: Double
    public var source: String
    public var note: String

    public init(name: String, steps: [Step], unit: Double, source: String, note: String) {
        self.name = name
        self.steps = steps.sorted { $0.threshold > $1.threshold }
        self.unit = unit
        self.source = source
        self.note = note
    }

    /// The efficiency of an operation of `size` (FLOPs or bytes) relative to the largest
    /// step's, in (0, 1]. Sizes that are not finite or not positive get the smallest step.
    public func relative(_ size: Double) -> Double {
        guard let top = steps.first?.efficiency, top > 0 else { return 1 }
        let scaled = size.isFinite ? size / unit : 0
        let step = steps.first { scaled >= $0.threshold } ?? steps.last
        guard let efficiency = step?.efficiency, efficiency > 0 else { return 1 }
        return min(1, efficiency / top)
    }

    /// `≥128 GFLOP 0.95, ≥16 0.9, …` for reasons and documentation.
    public var summary: String {
        steps.map { s in
            let threshold = s.threshold == s.threshold.rounded() ? String(Int(s.threshold)) : String(s.threshold)
            return "≥\(threshold) \(String(format: "%.2f", s.efficiency))"
        }.joined(separator: ", ")
    }
}
