import OAMCore

/// A module has no more scale-up links than its claimed spec allows.
public struct SpecLinkCountRule: RegistryContextRule {
    public init() {}
    private static func spec(_ version: String, links: String) -> (String, String) {
        (
            "Registry/specs/ocp-oam-\(version).yaml",
            "kind: module-spec\nid: ocp-oam-\(version)\nfamily: ocp-oam\ninter_module_links:\n  max: \(links)\n"
        )
    }
    private static func module(_ claim: String, links: String) -> (String, String) {
        (
            "Registry/accelerators/acme/x1.yaml",
            "kind: accelerator\nid: acme/x1\nconforms_to: \(claim)\nscale_up:\n  links: \(links)\n"
        )
    }
    public static let description = RuleDescription(
        id: "spec-link-count", category: .conformance,
        summary:
            "`scale_up.links` is at most the `inter_module_links.max` of the claimed spec (for a family, of the version allowing most).",
        rationale:
            "A conforming module cannot have more inter-module links than the spec routes on its connectors; more links means the link count includes something else (host or switch links, SerDes lanes) or the claim is wrong. When the spec's limit is not public, nothing is reported.",
        valid: [
            RuleExample(files: [spec("1.0", links: "7"), module("ocp-oam-1.0", links: "7")]),
            RuleExample(files: [spec("1.0", links: "7"), spec("1.5", links: "8"), module("ocp-oam", links: "8")]),
            RuleExample(files: [spec("1.0", links: "7"), spec("2.0", links: "unknown"), module("ocp-oam", links: "21")]),
        ],
        invalid: [
            RuleExample(files: [spec("1.0", links: "7"), module("ocp-oam-1.0", links: "↓8")]),
            RuleExample(files: [spec("1.0", links: "7"), spec("1.5", links: "8"), module("ocp-oam", links: "↓21")]),
        ])

    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
        guard case .accelerator(let a)? = file.descriptor, let name = a.conformsTo?.value,
            let figure = a.scaleUp?.links, let links = figure.value
        else { return [] }
        let specs = context.specs(named: name)
        // A family's limit is the largest of its versions', and unknown if any version's is.
        let limits = specs.map(\.maxInterModuleLinks)
        guard !limits.isEmpty, !limits.contains(where: { $0 == nil }), let limit = limits.compactMap({ $0 }).max(), links > limit
        else { return [] }
        return [
            finding(
                file, figure.range,
                "\(links) scale-up links exceed the \(limit) inter-module links \(RuleText.scope(of: name, specs)) allows a module",
                fix:
                    "check whether the count includes host, switch or scale-out links, or claim the spec the module really follows"
            )
        ]
    }
}
