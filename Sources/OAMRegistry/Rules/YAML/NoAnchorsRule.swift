/// Anchors, aliases and merge keys are refused.
public struct NoAnchorsRule: LoadTimeRule {
    public init() {}
    public static let description = RuleDescription(
        id: "no-anchors", category: .yaml,
        summary: "No anchors (&a), aliases (*a) or merge keys (<<): write every value out.",
        rationale:
            "An alias makes a value appear where it is not written, hides which figure a source covers, and a few hundred bytes of nested aliases expand to billions of nodes.",
        valid: [RuleExample("kind: accelerator\nnotes: \"&not an anchor\"\n")],
        invalid: [
            RuleExample("kind: accelerator\nmemory: ↓&m\n  capacity: 1 GB\n"),
            RuleExample("kind: accelerator\npower: ↓*m\n"),
            RuleExample("kind: accelerator\nmemory:\n  ↓<<: {}\n"),
        ])
}
