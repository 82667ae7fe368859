import OAMCore

/// A module's host interface is no faster or wider than its claimed spec allows.
public struct SpecHostInterfaceRule: RegistryContextRule {
    public init() {}
    private static func spec(_ version: String, max: String) -> (String, String) {
        (
            "Registry/specs/ocp-oam-\(version).yaml",
            "kind: module-spec\nid: ocp-oam-\(version)\nfamily: ocp-oam\nhost_interface:\n  max: \(max)\n"
        )
    }
    private static func module(_ claim: String, host: String) -> (String, String) {
        ("Registry/accelerators/acme/x1.yaml", "kind: accelerator\nid: acme/x1\nconforms_to: \(claim)\nhost_interface: \(host)\n")
    }
    public static let description = RuleDescription(
        id: "spec-host-interface", category: .conformance,
        summary: "The host interface's PCIe generation and lane count are at most the claimed spec's `host_interface.max`.",
        rationale:
            "A module's host link runs through the spec's connector; a newer generation or more lanes than the spec provides means the claim names too old a spec version or the host interface was copied from another part. When the spec's limit is not public, nothing is reported.",
        valid: [
            RuleExample(files: [spec("1.5", max: "pcie-5.0-x16"), module("ocp-oam-1.5", host: "pcie-4.0-x16")]),
            RuleExample(files: [
                spec("1.0", max: "pcie-4.0-x16"), spec("1.5", max: "unknown"), module("ocp-oam", host: "pcie-6.0-x16"),
            ]),
        ],
        invalid: [
            RuleExample(files: [spec("1.0", max: "pcie-4.0-x16"), module("ocp-oam-1.0", host: "↓pcie-5.0-x16")]),
            RuleExample(files: [
                spec("1.0", max: "pcie-4.0-x8"), spec("1.5", max: "pcie-5.0-x8"), module("ocp-oam", host: "↓pcie-5.0-x16"),
            ]),
        ])

    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
        guard case .accelerator(let a)? = file.descriptor, let name = a.conformsTo?.value,
            let figure = a.hostInterface, let host = figure.value
        else { return [] }
        let specs = context.specs(named: name)
        // A family's limit is the largest of its versions', and unknown if any version's is.
        let limits = specs.map(\.maxHostInterface)
        guard !limits.isEmpty, !limits.contains(where: { $0 == nil }) else { return [] }
        let known = limits.compactMap { $0 }
        let maxGeneration = known.map(\.generation).max() ?? 0
        let maxLanes = known.map(\.lanes).max() ?? 0
        var excess: [String] = []
        if host.generation > maxGeneration {
            excess.append("generation \(RuleText.generation(host.generation)) is above \(RuleText.generation(maxGeneration))")
        }
        if host.lanes > maxLanes {
            excess.append("x\(host.lanes) is wider than x\(maxLanes)")
        }
        guard !excess.isEmpty else { return [] }
        let limitText = known.count == 1 ? known[0].description : "generation \(RuleText.generation(maxGeneration)), x\(maxLanes)"
        return [
            finding(
                file, figure.range,
                "host interface \(host) is above what \(RuleText.scope(of: name, specs)) allows (\(limitText)): \(excess.joined(separator: "; "))",
                fix: "claim the spec version that allows this link, or check the host interface")
        ]
    }
}
