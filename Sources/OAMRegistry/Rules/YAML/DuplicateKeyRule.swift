/// The same key twice in one mapping.
public struct DuplicateKeyRule: LoadTimeRule {
    public init() {}
    public static let description = RuleDescription(
        id: "duplicate-key", category: .yaml,
        summary: "A key appears once per mapping, compared on its text (so `1:` and `\"1\":` collide).",
        rationale:
            "Most YAML loaders keep the last of two equal keys silently, so the figure a reviewer reads is not the one tools use.",
        valid: [RuleExample("kind: accelerator\npower:\n  tdp: 750 W\nmemory:\n  capacity: 192 GiB\n")],
        invalid: [
            RuleExample("kind: accelerator\npower:\n  tdp: 750 W\n  ↓tdp: 700 W\n"),
            RuleExample("kind: accelerator\nx-acme:\n  1: a\n  ↓\"1\": b\n"),
        ])
}
