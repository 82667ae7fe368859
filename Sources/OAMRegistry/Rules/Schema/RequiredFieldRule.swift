/// Every required field of the descriptor's kind is present and has a value.
public struct RequiredFieldRule: LoadTimeRule {
    public init() {}
    public static let description = RuleDescription(
        id: "required-field", category: .schema,
        summary: "Every field the kind requires is present; `unknown` is a value, an empty key is not.",
        rationale:
            "A missing field is ambiguous (forgotten? not applicable? not public?); requiring it, with `unknown` as an honest answer, removes the ambiguity.",
        valid: [
            RuleExample(
                """
                kind: module-spec
                id: ocp-oam-9.9
                family: ocp-oam
                name: Example
                version: "9.9"
                form_factor: oam
                sources: {}
                """)
        ],
        invalid: [
            RuleExample("↓kind: module-spec\nid: ocp-oam-9.9\nfamily: ocp-oam\nname: Example\nform_factor: oam\nsources: {}\n"),
            RuleExample("↓name: no kind\n"),
        ])
}
