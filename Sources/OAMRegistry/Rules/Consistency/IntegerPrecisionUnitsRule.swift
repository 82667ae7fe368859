import OAMCore

/// Integer peaks are written in OPS units, floating-point peaks in FLOPS units.
public struct IntegerPrecisionUnitsRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "integer-precision-units", category: .consistency,
        summary:
            "int8/int4 peaks (dense, vector, sparse) are in OPS units (`TOPS`), floating-point peaks in FLOPS units (`TFLOPS`).",
        rationale:
            "Integer operations are not floating-point operations: datasheets rate them in TOPS, and comparisons and exports keep the two apart. A `TFLOPS` int8 figure is usually a copy-paste from the fp8 row, so its number deserves a second look too.",
        valid: [
            RuleExample(
                "kind: accelerator\npeak_dense:\n  fp8: 2614.9 TFLOPS\n  int8: 2614.9 TOPS\npeak_sparse:\n  int8: 5229.8 TOPS\n")
        ],
        invalid: [
            RuleExample("kind: accelerator\npeak_dense:\n  int8: ↓2614.9 TFLOPS\n"),
            RuleExample("kind: accelerator\npeak_sparse:\n  int4: ↓5.2 PFLOP/s\n"),
            RuleExample("kind: accelerator\npeak_vector:\n  fp32: ↓163.4 TOPS\n"),
        ])

    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
        guard case .accelerator(let a)? = file.descriptor else { return [] }
        var findings: [Diagnostic] = []
        for (table, peaks) in [("peak_dense", a.peakDense), ("peak_vector", a.peakVector), ("peak_sparse", a.peakSparse)] {
            // Only the peaks in the wrong unit are sorted (by precision, for a stable order):
            // most files have none.
            let miswritten = peaks.lazy.filter { precision, figure in
                figure.value.map { $0.dimension != precision.throughputDimension } ?? false
            }
            for (precision, figure) in miswritten.sorted(by: { $0.key < $1.key }) {
                guard let quantity = figure.value else { continue }
                let kind =
                    precision.isInteger
                    ? "an integer precision, rated in operations per second (OPS)" : "a floating-point precision, rated in FLOPS"
                findings.append(
                    finding(
                        file, figure.range,
                        "\(precision.rawValue) is \(kind), but \(table).\(precision.rawValue) is written '\(quantity.text)'",
                        fix:
                            "write \(Self.rewritten(quantity.text, integer: precision.isInteger)) (and check the figure is the \(precision.rawValue) one, not a neighbouring row)"
                    ))
            }
        }
        return findings
    }

    /// The same number with the unit of the other dimension: `2614.9 TFLOPS` → `2614.9 TOPS`.
    static func rewritten(_ text: String, integer: Bool) -> String {
        guard let space = text.lastIndex(of: " ") else { return text }
        let number = text[..<space]
        let unit = String(text[text.index(after: space)...])
        let swapped =
            integer ? unit.replacingOccurrences(of: "FLOP", with: "OP") : unit.replacingOccurrences(of: "OP", with: "FLOP")
        return "\(number) \(swapped)"
    }
}
