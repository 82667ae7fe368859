/// The file must be UTF-8 text without control characters.
public struct YAMLEncodingRule: LoadTimeRule {
    public init() {}
    public static let description = RuleDescription(
        id: "yaml-encoding", category: .yaml,
        summary: "Descriptors are UTF-8 text without control characters.",
        rationale:
            "Binary or mis-encoded bytes usually mean a file saved by the wrong tool; positions in such a file mean nothing to an editor.",
        valid: [RuleExample("kind: accelerator\nname: Ascend 910B 昇腾\n")],
        invalid: [RuleExample("kind: accelerator\nname: ↓\u{7}bell\n")])
}
