/// Quantities are finite, non-negative numbers.
public struct QuantityValueRule: LoadTimeRule {
    public init() {}
    public static let description = RuleDescription(
        id: "quantity-value", category: .schema,
        summary: "A quantity's number is finite and not negative, written with digits and at most one dot.",
        rationale:
            "NaN, infinities and negative capacities break every computation downstream; thousands separators mean different things in different locales.",
        valid: [RuleExample("kind: accelerator\npower:\n  tdp: 1.4 kW\n")],
        invalid: [
            RuleExample("kind: accelerator\npower:\n  tdp: ↓-750 W\n"),
            RuleExample("kind: accelerator\npower:\n  tdp: ↓nan W\n"),
            RuleExample("kind: accelerator\nmemory:\n  capacity: ↓1,024 GB\n"),
        ])
}
