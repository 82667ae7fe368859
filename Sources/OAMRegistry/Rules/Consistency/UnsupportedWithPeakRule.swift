import OAMCore

/// A precision listed as unsupported has no known dense peak.
public struct UnsupportedWithPeakRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "unsupported-with-peak", category: .consistency,
        summary: "A precision listed in `unsupported` has no known peak in `peak_dense`.",
        rationale:
            "`unsupported` says the hardware has no native path for a format; a peak for it says the opposite. Planners would either refuse the format or plan with its peak, depending on which field they read.",
        valid: [
            RuleExample("kind: accelerator\npeak_dense:\n  bf16: 1307.4 TFLOPS\n  fp8: 2614.9 TFLOPS\nunsupported: [fp4, fp6]\n")
        ],
        invalid: [RuleExample("kind: accelerator\npeak_dense:\n  fp8: 2614.9 TFLOPS\nunsupported: [fp4, ↓fp8]\n")])

    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
        guard case .accelerator(let a)? = file.descriptor, let items = file.root?.node(at: "unsupported")?.items else {
            return []
        }
        return items.compactMap { item in
            guard let name = item.scalar?.text, let precision = Precision(rawValue: name),
                let peak = a.peakDense[precision]?.value
            else { return nil }
            return finding(
                file, SourceRange(item),
                "\(name) is listed as unsupported, yet peak_dense.\(name) states \(peak)",
                fix: "remove \(name) from unsupported if the hardware runs it natively; otherwise remove peak_dense.\(name)")
        }
    }
}
