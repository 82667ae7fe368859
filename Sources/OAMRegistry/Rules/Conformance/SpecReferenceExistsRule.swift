import OAMCore

/// `conforms_to` names a module spec or spec family the registry describes.
public struct SpecReferenceExistsRule: RegistryContextRule {
    public init() {}
    private static let spec10 = ("Registry/specs/ocp-oam-1.0.yaml", "kind: module-spec\nid: ocp-oam-1.0\nfamily: ocp-oam\n")
    public static let description = RuleDescription(
        id: "spec-reference-exists", category: .conformance,
        summary: "`conforms_to` names an existing module-spec id (`ocp-oam-1.0`) or family (`ocp-oam`).",
        rationale:
            "A claim naming no spec the registry knows is checked against nothing, silently: the power, link and host-interface rules find no envelope and pass. Usually it is a typo or a version nobody has described yet.",
        valid: [
            RuleExample(files: [
                spec10, ("Registry/accelerators/acme/x1.yaml", "kind: accelerator\nid: acme/x1\nconforms_to: ocp-oam-1.0\n"),
            ]),
            RuleExample(files: [
                spec10, ("Registry/accelerators/acme/x1.yaml", "kind: accelerator\nid: acme/x1\nconforms_to: ocp-oam\n"),
            ]),
        ],
        invalid: [
            RuleExample(files: [
                spec10, ("Registry/accelerators/acme/x1.yaml", "kind: accelerator\nid: acme/x1\nconforms_to: ↓ocp-oam-1.6\n"),
            ]),
            RuleExample(files: [
                spec10, ("Registry/accelerators/acme/x1.yaml", "kind: accelerator\nid: acme/x1\nconforms_to: ↓oam-1.0\n"),
            ]),
            RuleExample("kind: accelerator\nconforms_to: ↓ocp-oam-1.5\n"),
        ])

    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
        guard case .accelerator(let a)? = file.descriptor, let claim = a.conformsTo, let name = claim.value,
            context.specs(named: name).isEmpty
        else { return [] }
        let ids = context.specsByID.keys.sorted()
        let families = context.specsByFamily.keys.sorted()
        guard !ids.isEmpty else {
            return [
                finding(
                    file, claim.range, "conforms_to names '\(name)', but the registry describes no module spec",
                    fix: "add Registry/specs/\(name).yaml describing the spec, or remove the claim")
            ]
        }
        let fix =
            Suggestions.didYouMean(name, in: ids + families)
            ?? "use a spec id (\(ids.joined(separator: ", "))) or a family (\(families.joined(separator: ", "))), or describe the spec under Registry/specs/"
        return [
            finding(
                file, claim.range,
                "conforms_to names '\(name)', which is neither a module-spec id nor a spec family in the registry", fix: fix)
        ]
    }
}
