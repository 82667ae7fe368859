import OAMCore

/// Narrower formats are at least as fast as wider ones in the dense peak table.
public struct PrecisionOrderingRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "precision-ordering", category: .consistency,
        summary:
            "Dense peaks do not fall as precision narrows: fp8, mxfp8, hif8 and bfp8 ≥ bf16; fp4, fp6 and nvfp4 ≥ fp8; mxfp4 and mxfp6 ≥ mxfp8; hif4 ≥ hif8; bf16 ≥ fp32, fp16 ≥ fp32, int4 ≥ int8.",
        rationale:
            "Matrix units run a narrower format at least as fast as a wider one; no shipping part does fp8 slower than bf16. A narrower peak below a wider one means two rows were swapped, a vector or per-die figure was copied into the matrix table, or a sparse figure sits next to a dense one.",
        valid: [
            RuleExample(
                "kind: accelerator\npeak_dense:\n  fp32: 163.4 TFLOPS\n  bf16: 1307.4 TFLOPS\n  fp16: 1307.4 TFLOPS\n  fp8: 2614.9 TFLOPS\n  int8: 2614.9 TOPS\n  int4: unknown\n"
            )
        ],
        invalid: [
            RuleExample("kind: accelerator\npeak_dense:\n  bf16: 1307.4 TFLOPS\n  fp8: ↓653.7 TFLOPS\n"),
            RuleExample("kind: accelerator\npeak_dense:\n  fp32: 163.4 TFLOPS\n  fp16: ↓81.7 TFLOPS\n"),
            RuleExample("kind: accelerator\npeak_dense:\n  int8: 2614.9 TOPS\n  int4: ↓1307.4 TOPS\n"),
            RuleExample("kind: accelerator\npeak_dense:\n  hif8: 1 PFLOPS\n  hif4: ↓0.5 PFLOPS\n"),
        ])

    /// (narrower, wider): the narrower format's dense peak is at least the wider one's.
    static let pairs: [(Precision, Precision)] = [
        (.fp8, .bf16), (.mxfp8, .bf16), (.hif8, .bf16), (.bfp8, .bf16), (.fp4, .fp8), (.fp6, .fp8), (.nvfp4, .fp8),
        (.mxfp4, .mxfp8),
        (.mxfp6, .mxfp8), (.hif4, .hif8), (.bf16, .fp32), (.fp16, .fp32), (.int4, .int8),
    ]

    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
        guard case .accelerator(let a)? = file.descriptor else { return [] }
        return Self.pairs.compactMap { narrow, wide in
            guard let narrowFigure = a.peakDense[narrow], let narrowValue = narrowFigure.value,
                let wideValue = a.peakDense[wide]?.value, narrowValue.value < wideValue.value
            else { return nil }
            return finding(
                file, narrowFigure.range,
                "dense \(narrow.rawValue) peak \(narrowValue) is below the dense \(wide.rawValue) peak \(wideValue); matrix units run a narrower format at least as fast as a wider one",
                fix: "check whether the two rows were swapped, or whether one of them is a vector, sparse or per-die figure")
        }
    }
}
