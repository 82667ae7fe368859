/// Keys the schema does not define, with the closest defined key.
public struct UnknownKeyRule: LoadTimeRule {
    public init() {}
    public static let description = RuleDescription(
        id: "unknown-key", category: .schema,
        summary: "Every key is one the schema defines, or a vendor block `x-<vendor>`; typos get a suggestion.",
        rationale: "A misspelt key (`bandwith`) would otherwise be ignored and its figure silently lost.",
        valid: [RuleExample("kind: accelerator\nmemory:\n  bandwidth: 5.3 TB/s\nx-acme:\n  anything: goes\n")],
        invalid: [
            RuleExample("kind: accelerator\nmemory:\n  ↓bandwith: 5.3 TB/s\n"),
            RuleExample("kind: accelerator\npeak_dense:\n  ↓bf61: 1 TFLOPS\n"),
        ])
}
