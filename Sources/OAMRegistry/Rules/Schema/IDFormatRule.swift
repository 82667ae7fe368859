/// Ids and vendor names are lowercase kebab-case.
public struct IDFormatRule: LoadTimeRule {
    public init() {}
    public static let description = RuleDescription(
        id: "id-format", category: .schema,
        summary: "Ids are `owner/name` in lowercase kebab-case; vendor ids and source keys are kebab-case.",
        rationale: "Ids are typed on command lines and used as paths; one spelling per thing keeps lookups and links stable.",
        valid: [
            RuleExample(
                "kind: accelerator\nid: moore-threads/mtt-s4000\nvendor: moore-threads\n",
                path: "Registry/accelerators/moore-threads/mtt-s4000.yaml")
        ],
        invalid: [
            RuleExample("kind: accelerator\nid: ↓AMD/MI300X\n", path: "Registry/accelerators/amd/mi300x.yaml"),
            RuleExample("kind: accelerator\nvendor: ↓Moore Threads\n"),
        ])
}
