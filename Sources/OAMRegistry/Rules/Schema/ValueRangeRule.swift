/// Counts within the bounds the schema sets.
public struct ValueRangeRule: LoadTimeRule {
    public init() {}
    public static let description = RuleDescription(
        id: "value-range", category: .schema,
        summary: "Counts lie within their schema bounds (at least one layer, at most 16 devices per module…).",
        rationale: "A zero or absurd count is a typo that would otherwise divide by zero or dominate a result.",
        valid: [RuleExample("kind: model\narchitecture:\n  layers: 32\n")],
        invalid: [RuleExample("kind: model\narchitecture:\n  layers: ↓0\n")])
}
