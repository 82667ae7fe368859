import OAMCore

/// A structured-sparsity peak is never below the dense peak of the same precision.
public struct SparseBelowDenseRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "sparse-below-dense", category: .consistency,
        summary: "A sparse peak is at least the dense peak of the same precision.",
        rationale:
            "Datasheets print sparse figures with a footnote; a 'sparse' figure below the dense one means the two were swapped or a sparse figure sits in peak_dense.",
        valid: [RuleExample("kind: accelerator\npeak_dense:\n  fp8: 2614.9 TFLOPS\npeak_sparse:\n  fp8: 5229.8 TFLOPS\n")],
        invalid: [RuleExample("kind: accelerator\npeak_dense:\n  fp8: 5229.8 TFLOPS\npeak_sparse:\n  fp8: ↓2614.9 TFLOPS\n")])

    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
        guard case .accelerator(let a)? = file.descriptor else { return [] }
        return a.peakSparse.sorted { $0.key < $1.key }.compactMap { precision, sparse in
            guard let sparseValue = sparse.value, let dense = a.peakDense[precision]?.value, sparseValue.value < dense.value
            else { return nil }
            return finding(
                file, sparse.range,
                "sparse \(precision.rawValue) peak \(sparseValue) is below the dense peak \(dense); the two are swapped, or the dense figure is really a sparse one"
            )
        }
    }
}
