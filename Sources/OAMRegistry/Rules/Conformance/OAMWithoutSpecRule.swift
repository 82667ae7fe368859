import OAMCore

/// An OAM module names the module spec (or spec family) it follows.
public struct OAMWithoutSpecRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "oam-without-spec", severity: .warning, category: .conformance,
        summary:
            "An `oam` module names the spec it follows in `conforms_to` — a version, or the family `ocp-oam` when no version is public.",
        rationale:
            "An OAM module that names no spec escapes every envelope check (power, links, host interface); claiming the family is enough to bring it under the checks the public material allows.",
        valid: [
            RuleExample("kind: accelerator\nform_factor: oam\nconforms_to: ocp-oam\n"),
            RuleExample("kind: accelerator\nform_factor: pcie\n"),
        ],
        invalid: [RuleExample("kind: accelerator\nform_factor: ↓oam\n")])

    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
        guard case .accelerator(let a)? = file.descriptor, a.formFactor == .oam, a.conformsTo == nil else { return [] }
        return [
            finding(
                file, file.range(of: "form_factor"),
                "an OAM module without conforms_to; its power, link and host-interface envelope is not checked against any spec",
                fix:
                    "add conforms_to with the spec version the vendor states (ocp-oam-1.5), or the family (ocp-oam) when no version is public"
            )
        ]
    }
}
