import OAMCore

/// Every alias leads to exactly one descriptor, and is not its own id.
public struct UniqueAliasRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "unique-alias", category: .registry,
        summary: "An alias is not (case-insensitively) another descriptor's id or alias, nor its own descriptor's id.",
        rationale:
            "Users look modules and models up by alias; a name shared by two descriptors resolves to whichever file loads first, so the same command line answers about different hardware as files are added. An alias equal to the descriptor's own id is redundant noise.",
        valid: [
            RuleExample(files: [
                ("Registry/accelerators/acme/x1.yaml", "kind: accelerator\nid: acme/x1\naliases: [x1]\n"),
                ("Registry/accelerators/acme/x1-pro.yaml", "kind: accelerator\nid: acme/x1-pro\naliases: [x1-pro, X1 Pro]\n"),
            ])
        ],
        invalid: [
            RuleExample(files: [
                ("Registry/accelerators/acme/x1.yaml", "kind: accelerator\nid: acme/x1\naliases: [x1]\n"),
                ("Registry/accelerators/acme/x1-pro.yaml", "kind: accelerator\nid: acme/x1-pro\naliases: [↓X1, x1-pro]\n"),
            ]),
            RuleExample(files: [
                ("Registry/accelerators/acme/x1.yaml", "kind: accelerator\nid: acme/x1\n"),
                ("Registry/models/acme/x1-chat.yaml", "kind: model\nid: acme/x1-chat\naliases: [↓acme/x1]\n"),
            ]),
            RuleExample("kind: accelerator\nid: acme/x1\naliases: [x1, ↓acme/x1, ↓X1]\n"),
        ])

    public func checkRegistry(_ context: ValidationContext) -> [Diagnostic] {
        let files = context.registry.files
        var idOwner: [String: Int] = [:]
        for (index, file) in files.enumerated() {
            guard let id = file.descriptor?.id, !id.isEmpty else { continue }
            if idOwner[id.lowercased()] == nil { idOwner[id.lowercased()] = index }
        }
        var aliasOwner: [String: Int] = [:]
        var findings: [Diagnostic] = []
        for (index, file) in files.enumerated() {
            guard let descriptor = file.descriptor, let items = file.root?.node(at: "aliases")?.items else { continue }
            let ownID = descriptor.id.lowercased()
            for (position, item) in items.enumerated() {
                guard let alias = item.scalar?.text, !alias.isEmpty else { continue }
                let key = alias.lowercased()
                let range = file.range(of: "aliases.\(position)")
                if key == ownID {
                    findings.append(
                        finding(file, range, "alias '\(alias)' is this descriptor's own id; it is redundant", fix: "remove it"))
                } else if let owner = idOwner[key], owner != index {
                    findings.append(
                        finding(
                            file, range, "alias '\(alias)' is the id of \(files[owner].path); a name must lead to one descriptor",
                            fix: "remove the alias, or make it more specific"))
                } else if let owner = aliasOwner[key] {
                    let message =
                        owner == index
                        ? "alias '\(alias)' is listed twice (aliases compare case-insensitively)"
                        : "alias '\(alias)' is already an alias of \(files[owner].path) ('\(files[owner].descriptor?.id ?? "")'); a name must lead to one descriptor"
                    findings.append(
                        finding(
                            file, range, message,
                            fix: owner == index
                                ? "remove the repeat"
                                : "keep the alias on the descriptor users most likely mean by it, and give the other a more specific one"
                        ))
                } else {
                    aliasOwner[key] = index
                }
            }
        }
        return findings
    }
}
