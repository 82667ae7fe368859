import OAMCore

/// Only OAM modules claim a module spec, and the spec they claim is a module spec.
public struct FormFactorConformanceRule: RegistryContextRule {
    public init() {}
    private static let spec15 = (
        "Registry/specs/ocp-oam-1.5.yaml",
        "kind: module-spec\nid: ocp-oam-1.5\nfamily: ocp-oam\nversion: \"1.5\"\nform_factor: oam\n"
    )
    private static let ubb = (
        "Registry/specs/ocp-ubb-1.5.yaml",
        "kind: module-spec\nid: ocp-ubb-1.5\nfamily: ocp-ubb\nversion: \"1.5\"\nform_factor: ubb\n"
    )
    public static let description = RuleDescription(
        id: "form-factor-conformance", category: .conformance,
        summary: "`conforms_to` appears only on `oam` modules and names a module spec, not a baseboard spec.",
        rationale:
            "An SXM or PCIe card cannot conform to an OCP module spec, so such a claim is a copy-paste slip that would subject the card to the wrong envelope checks.",
        valid: [
            RuleExample("kind: accelerator\nform_factor: oam\nconforms_to: ocp-oam-1.5\n"),
            RuleExample("kind: accelerator\nform_factor: sxm\n"),
            RuleExample("kind: accelerator\nform_factor: oam\n"),
            RuleExample(files: [
                spec15,
                (
                    "Registry/accelerators/acme/x1.yaml",
                    "kind: accelerator\nid: acme/x1\nform_factor: oam\nconforms_to: ocp-oam\n"
                ),
            ]),
        ],
        invalid: [
            RuleExample("kind: accelerator\nform_factor: sxm\nconforms_to: ↓ocp-oam-1.5\n"),
            RuleExample(files: [
                ubb,
                (
                    "Registry/accelerators/acme/x1.yaml",
                    "kind: accelerator\nid: acme/x1\nform_factor: oam\nconforms_to: ↓ocp-ubb-1.5\n"
                ),
            ]),
        ])

    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
        guard case .accelerator(let a)? = file.descriptor, let formFactor = a.formFactor else { return [] }
        guard let claim = a.conformsTo else { return [] }
        if formFactor != .oam {
            return [
                finding(
                    file, claim.range,
                    "conforms_to claims a module spec, but form_factor is '\(formFactor.rawValue)'; only OAM modules conform to an OCP module spec",
                    fix: "remove conforms_to, or correct form_factor if the module is an OAM")
            ]
        }
        guard let name = claim.value else { return [] }
        let specs = context.specs(named: name)
        guard !specs.isEmpty, specs.allSatisfy({ $0.formFactor != .oam }) else { return [] }
        let kinds = Set(specs.map(\.formFactor.rawValue)).sorted().joined(separator: "/")
        return [
            finding(
                file, claim.range,
                "'\(name)' is a \(kinds) specification, not a module specification; a module conforms to a module spec",
                fix:
                    "claim the OAM spec (such as ocp-oam-1.5) or family the module follows; which baseboards take it belongs in notes"
            )
        ]
    }
}
