/// The file must be YAML that libyaml can parse, in one document, without tags or
/// complex keys.
public struct YAMLSyntaxRule: LoadTimeRule {
    public init() {}
    public static let description = RuleDescription(
        id: "yaml-syntax", category: .yaml,
        summary: "A descriptor is one YAML document that parses, with plain keys and no tags.",
        rationale: "Nothing else can be checked in a file that does not parse; the position of the first bad token is the fix.",
        valid: [RuleExample("kind: accelerator\nid: acme/x1\n")],
        invalid: [
            RuleExample("kind: accelerator\nid: acme/x1\nmemory:\n  capacity: 1 GB\n   bandwidth↓: 2 TB/s\n"),
            RuleExample("kind: accelerator\n↓---\nkind: model\n"),
            RuleExample("kind: accelerator\nid: ↓!!str acme/x1\n"),
            RuleExample("kind: accelerator\n↓[a, b]: c\n"),
        ])
}
