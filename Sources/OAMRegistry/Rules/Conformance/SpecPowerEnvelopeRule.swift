import OAMCore

/// A module's TDP stays within the power its claimed module spec allows.
public struct SpecPowerEnvelopeRule: RegistryContextRule {
    public init() {}
    public static let description = RuleDescription(
        id: "spec-power-envelope", category: .conformance,
        summary: "A module's TDP is within the maximum module power of the spec it claims (at its highest supply voltage).",
        rationale:
            "A module above its spec's envelope does not fit a baseboard built to that spec; either the claim or the figure is wrong.",
        valid: [
            RuleExample(files: [
                (
                    "Registry/specs/ocp-oam-1.0.yaml",
                    "kind: module-spec\nid: ocp-oam-1.0\nfamily: ocp-oam\npower_profiles:\n  - {supply: 12 V, max_power: 350 W}\n  - {supply: 48 V, max_power: 700 W}\n"
                ),
                (
                    "Registry/accelerators/acme/x1.yaml",
                    "kind: accelerator\nid: acme/x1\nform_factor: oam\nconforms_to: ocp-oam-1.0\npower:\n  tdp: 560 W\n"
                ),
            ])
        ],
        invalid: [
            RuleExample(files: [
                (
                    "Registry/specs/ocp-oam-1.0.yaml",
                    "kind: module-spec\nid: ocp-oam-1.0\nfamily: ocp-oam\npower_profiles:\n  - {supply: 12 V, max_power: 350 W}\n  - {supply: 48 V, max_power: 700 W}\n"
                ),
                (
                    "Registry/accelerators/acme/x1.yaml",
                    "kind: accelerator\nid: acme/x1\nform_factor: oam\nconforms_to: ocp-oam-1.0\npower:\n  tdp: ↓750 W\n"
                ),
            ])
        ])

    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
        guard case .accelerator(let a)? = file.descriptor, let claim = a.conformsTo?.value,
            let tdpFigure = a.power.tdp, let tdp = tdpFigure.value?.value
        else { return [] }
        let specs = context.specs(named: claim)
        // A family claim is only as checkable as its least documented version: if any
        // version's limit is not public, the module may conform to that one.
        guard !specs.isEmpty, specs.allSatisfy({ $0.maxPower != nil }), let limit = specs.compactMap(\.maxPower).max() else {
            return []
        }
        guard tdp > limit else { return [] }
        let scope = specs.count > 1 ? "any version of \(claim)" : claim
        return [
            finding(
                file, tdpFigure.range,
                "TDP \(tdpFigure.value!) exceeds the \(Quantity(limit, .power)) that \(scope) allows a module; claim a later spec version or the family, or check the figure"
            )
        ]
    }
}
