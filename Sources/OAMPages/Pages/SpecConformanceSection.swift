import OAMCore
import OAMRegistry

/// The module's spec claim and what the registry's conformance rules find about it (the same
/// rules `oam validate` runs; their messages are shown as the validator writes them).
enum SpecConformanceSection {
    static func render(_ a: AcceleratorDescriptor, context: PageContext) -> [HTMLNode] {
        let t = context.t
        var nodes: [HTMLNode] = []
        if let claim = a.conformsTo?.value {
            let specs = context.registry.moduleSpecs.filter { $0.id == claim || $0.family == claim }
            var claimNodes: [HTMLNode] = [.text(t(.claimsSpec) + ": ")]
            if specs.isEmpty {
                claimNodes.append(.el("code", text: claim))
            } else {
                for (index, spec) in specs.enumerated() {
                    if index > 0 { claimNodes.append(.text(", ")) }
                    claimNodes.append(.link(spec.name + " " + spec.version, href: context.links.spec(spec.id)))
                }
            }
            nodes.append(.el("p", [], claimNodes))
        } else {
            nodes.append(.el("p", text: t(.noSpecClaim)))
        }
        guard let file = context.registry.file(for: a.id, kind: .accelerator) else { return nodes }
        let rules = BuiltInRules.all.filter { $0.description.category == .conformance }.map { $0.init() }
        let findings = Validator(rules: rules).validate(context.registry, only: [file.path]).filter { $0.file == file.path }
        if findings.isEmpty {
            nodes.append(.el("p", text: t(.conformanceClean)))
        } else {
            nodes.append(
                .el(
                    "ul", [],
                    findings.map { finding in
                        .el(
                            "li",
                            [
                                .el("strong", text: finding.severity.rawValue),
                                .text(" [" + finding.ruleID + "] " + finding.message),
                            ])
                    }))
        }
        return nodes
    }
}
