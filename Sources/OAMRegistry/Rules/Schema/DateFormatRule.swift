/// Dates are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and real.
public struct DateFormatRule: LoadTimeRule {
    public init() {}
    public static let description = RuleDescription(
        id: "date-format", category: .schema,
        summary: "Dates are ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the source.",
        rationale: "A launch 'in 2023' must not become 2023-01-01; partial dates keep the precision honest.",
        valid: [RuleExample("kind: accelerator\nreleased: 2023-12\n")],
        invalid: [
            RuleExample("kind: accelerator\nreleased: ↓12/06/2023\n"),
            RuleExample("kind: accelerator\nreleased: ↓2023-02-30\n"),
        ])
}
