import OAMCore

/// Dense peaks are between 0.05 TFLOPS and 100 PFLOPS (TOPS and POPS alike).
public struct PeakRangeRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "peak-range", severity: .warning, category: .range,
        summary: "Every dense peak is between 0.05 TFLOPS and 100 PFLOPS (0.05 TOPS and 100 POPS for integer precisions).",
        rationale:
            "Prefill speed is proportional to the dense peak; a G/T/P prefix slip or a whole system's peak copied into one module passes the unit check and then dominates every comparison.",
        valid: [RuleExample("kind: accelerator\npeak_dense:\n  fp64: 0.4 TFLOPS\n  fp4: 9 PFLOPS\n  int8: 2614.9 TOPS\n")],
        invalid: [
            RuleExample("kind: accelerator\npeak_dense:\n  bf16: ↓1307.4 PFLOPS\n"),
            RuleExample("kind: accelerator\npeak_dense:\n  int8: ↓20 GOPS\n"),
        ])

    static let low = 0.05e12
    static let high = 100e15

    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
        guard case .accelerator(let a)? = file.descriptor else { return [] }
        // Only the implausible peaks are sorted (by precision): most files have none.
        let implausible = a.peakDense.lazy.filter { _, figure in
            figure.value.map { $0.value < Self.low || $0.value > Self.high } ?? false
        }
        return implausible.sorted { $0.key < $1.key }.compactMap { precision, figure in
            guard let peak = figure.value else { return nil }
            let range = peak.dimension == .ops ? "0.05 TOPS–100 POPS" : "0.05 TFLOPS–100 PFLOPS"
            return finding(
                file, figure.range,
                "dense \(precision.rawValue) peak \(peak) is outside the plausible range \(range) for one module",
                fix: "check the unit prefix (G, T, P) and that the figure is for one module, not a whole system")
        }
    }
}
