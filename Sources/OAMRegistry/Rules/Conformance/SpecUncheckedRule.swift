import OAMCore

/// Makes visible that a module's power envelope could not be checked.
public struct SpecUncheckedRule: RegistryContextRule {
    public init() {}
    private static func spec(_ version: String, power: String) -> (String, String) {
        (
            "Registry/specs/ocp-oam-\(version).yaml",
            "kind: module-spec\nid: ocp-oam-\(version)\nfamily: ocp-oam\npower_profiles: \(power)\n"
        )
    }
    private static func module(_ claim: String) -> (String, String) {
        (
            "Registry/accelerators/acme/x1.yaml",
            "kind: accelerator\nid: acme/x1\nform_factor: oam\nconforms_to: \(claim)\npower:\n  tdp: 560 W\n"
        )
    }
    private static let known = "[{supply: 12 V, max_power: 350 W}, {supply: 48 V, max_power: 700 W}]"
    public static let description = RuleDescription(
        id: "spec-unchecked", severity: .warning, category: .conformance,
        summary:
            "Every spec `conforms_to` names (every version, for a family) states a maximum module power, so the TDP can be checked.",
        rationale:
            "`spec-power-envelope` passes silently when the claimed spec's power limit is not public, and a family claim is only as checkable as its least documented version; many OAM versions' figures are not public. This warning makes the unchecked claim visible instead of letting it read as verified.",
        valid: [
            RuleExample(files: [spec("1.0", power: known), module("ocp-oam-1.0")]),
            RuleExample(files: [
                spec("1.0", power: known), spec("1.5", power: "[{supply: 54 V, max_power: 700 W}]"), module("ocp-oam"),
            ]),
        ],
        invalid: [
            RuleExample(files: [
                spec("2.0", power: "unknown"),
                (
                    "Registry/accelerators/acme/x1.yaml",
                    "kind: accelerator\nid: acme/x1\nform_factor: oam\nconforms_to: ↓ocp-oam-2.0\npower:\n  tdp: 560 W\n"
                ),
            ]),
            RuleExample(files: [
                spec("1.0", power: known), spec("2.0", power: "[{supply: 54 V, max_power: unknown}]"),
                (
                    "Registry/accelerators/acme/x1.yaml",
                    "kind: accelerator\nid: acme/x1\nform_factor: oam\nconforms_to: ↓ocp-oam\npower:\n  tdp: 560 W\n"
                ),
            ]),
        ])

    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
        guard case .accelerator(let a)? = file.descriptor, let claim = a.conformsTo, let name = claim.value else { return [] }
        let specs = context.specs(named: name)
        let silent = specs.filter { $0.maxPower == nil }.map(\.id).sorted()
        guard !silent.isEmpty else { return [] }
        let message: String
        if specs.count == 1 && specs[0].id == name {
            message =
                "the power envelope could not be checked: the maximum module power of \(name) is not public, so this module's TDP is unverified against its claim"
        } else {
            let list = silent.count == 1 ? silent[0] : silent.dropLast().joined(separator: ", ") + " and " + silent.last!
            message =
                "the power envelope could not be checked: the maximum module power of \(list) is not public, and a module claiming the family \(name) may follow \(silent.count == 1 ? "it" : "any of them"); this module's TDP is unverified against its claim"
        }
        return [
            finding(
                file, claim.range, message,
                fix:
                    "claim the spec version the vendor states if it is documented, or add power_profiles to the spec when a public source states them"
            )
        ]
    }
}
