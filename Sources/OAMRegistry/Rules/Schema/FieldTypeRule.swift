/// Values have the shape their field takes: a mapping, a list, a number, true/false.
public struct FieldTypeRule: LoadTimeRule {
    public init() {}
    public static let description = RuleDescription(
        id: "field-type", category: .schema,
        summary: "Each value has its field's type; booleans are `true`/`false` only and numbers are plain.",
        rationale:
            "YAML 1.1 reads `no` as false and `1.10` as 1.1; we read text as text and let the schema say what a field takes, so `NO` (Norway) stays `NO`.",
        valid: [RuleExample("kind: accelerator\ndevices_per_module: 2\nmemory:\n  capacity: 1 GB\n")],
        invalid: [
            RuleExample("kind: accelerator\nmemory: ↓192 GiB\n"),
            RuleExample("kind: model\narchitecture:\n  tie_word_embeddings: ↓yes\n"),
            RuleExample("kind: accelerator\ndevices_per_module: ↓two\n"),
            RuleExample("kind: accelerator\n↓memory:\n"),
        ])
}
