/// Quantities carry a known unit of the field's dimension.
public struct UnitKindRule: LoadTimeRule {
    public init() {}
    public static let description = RuleDescription(
        id: "unit-kind", category: .schema,
        summary: "Every quantity has a unit, the unit is known, and it measures what the field measures.",
        rationale:
            "`5.3 TB/s` as a capacity or a bare `192` are the commonest copy-paste errors from datasheets; units also keep GB and GiB apart.",
        valid: [RuleExample("kind: accelerator\nmemory:\n  capacity: 192 GiB\n  bandwidth: 5.3 TB/s\npower:\n  tdp: 750 W\n")],
        invalid: [
            RuleExample("kind: accelerator\nmemory:\n  capacity: ↓5.3 TB/s\n"),
            RuleExample("kind: accelerator\nmemory:\n  capacity: ↓192\n"),
            RuleExample("kind: accelerator\npower:\n  tdp: ↓750 Watts\n"),
        ])
}
