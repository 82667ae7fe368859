/// Values of closed vocabularies, with the closest allowed word.
public struct EnumValueRule: LoadTimeRule {
    public init() {}
    public static let description = RuleDescription(
        id: "enum-value", category: .schema,
        summary: "Words from fixed vocabularies (form factor, memory type, tier…) are spelt as the schema lists them.",
        rationale: "Tools match on these words; `HBM3` and `hbm3` must not be two memory types.",
        valid: [RuleExample("kind: accelerator\nform_factor: oam\nmemory:\n  type: hbm3e\n")],
        invalid: [
            RuleExample("kind: accelerator\nform_factor: ↓OAM\n"),
            RuleExample("kind: accelerator\nmemory:\n  type: ↓hbm3x\n"),
            RuleExample("kind: ↓acelerator\n"),
        ])
}
