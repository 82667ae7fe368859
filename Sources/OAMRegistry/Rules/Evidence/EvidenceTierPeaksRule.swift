import OAMCore

/// Benchmark results do not back datasheet peaks.
public struct EvidenceTierPeaksRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "evidence-tier-peaks", severity: .warning, category: .evidence,
        summary: "No `measured` source covers a peak table (`peak_dense`, `peak_vector`, `peak_sparse`).",
        rationale:
            "Peak tables hold the datasheet's theoretical peaks; a measured, sustained figure is lower by design, and mixing the two makes one module look slower than another for no hardware reason. Measured figures belong in notes or a capability report.",
        valid: [
            RuleExample(
                "kind: accelerator\npeak_dense:\n  bf16: 1307.4 TFLOPS\nsources:\n  amd:\n    url: https://www.amd.com/x\n    tier: vendor\n    covers: [peak_dense]\n  mlperf:\n    url: https://mlcommons.org/x\n    tier: measured\n    covers: [notes]\nnotes: MLPerf sustains 1.1 PFLOPS.\n"
            )
        ],
        invalid: [
            RuleExample(
                "kind: accelerator\npeak_dense:\n  bf16: 1307.4 TFLOPS\nsources:\n  mlperf:\n    url: https://mlcommons.org/x\n    tier: measured\n    covers: [↓peak_dense.bf16]\n"
            ),
            RuleExample(
                "kind: accelerator\npeak_sparse:\n  fp8: 5229.8 TFLOPS\nsources:\n  bench:\n    url: https://bench.example.com/x\n    tier: measured\n    covers: [memory, ↓peak_sparse]\n"
            ),
        ])

    static let peakTables = ["peak_dense", "peak_vector", "peak_sparse"]

    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
        guard file.kind == .accelerator, let sources = file.root?["sources"]?.entries else { return [] }
        var findings: [Diagnostic] = []
        for source in sources where source.value["tier"]?.scalar?.text == EvidenceTier.measured.rawValue {
            for item in source.value["covers"]?.items ?? [] {
                guard let path = item.scalar?.text,
                    Self.peakTables.contains(where: { FieldPath.isAncestor(path, of: $0) || FieldPath.isAncestor($0, of: path) })
                else { continue }
                findings.append(
                    finding(
                        file, SourceRange(item),
                        "source '\(source.key.text)' is a measured result but covers \(path); peak tables hold datasheet peaks, and a sustained figure is not one",
                        fix:
                            "cover the peak with the vendor's datasheet, and put the measured figure in notes or a capability report"
                    ))
            }
        }
        return findings
    }
}
