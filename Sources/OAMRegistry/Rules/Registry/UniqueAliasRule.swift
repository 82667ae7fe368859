import OAMCore

/// Every alias leads to exactly one descriptor, and is not its own id.
public struct UniqueAliasRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "unique-alias", category: .registry,
        summary:
            "An alias leads to one descriptor: once normalised (NFKC, case, spaces and punctuation ignored) it is not another descriptor's id, product name or alias, nor its own id, nor listed twice.",
        rationale:
            "Users look modules and models up by the names they write (`MTT S4000`, `mtt-s4000`, `昇腾910B`), and every lookup compares names by the same normalised key. Two names with the same key make a lookup ambiguous, so the same command line would stop answering, or answer about different hardware, as files are added. An alias equal to the descriptor's own id is redundant noise.",
        valid: [
            RuleExample(files: [
                ("Registry/accelerators/acme/x1.yaml", "kind: accelerator\nid: acme/x1\nname: Acme X1\naliases: [x1, 极光X1]\n"),
                ("Registry/accelerators/acme/x1-pro.yaml", "kind: accelerator\nid: acme/x1-pro\naliases: [X1 Pro Max]\n"),
            ])
        ],
        invalid: [
            RuleExample(files: [
                ("Registry/accelerators/acme/x1.yaml", "kind: accelerator\nid: acme/x1\naliases: [x1]\n"),
                ("Registry/accelerators/acme/x1-pro.yaml", "kind: accelerator\nid: acme/x1-pro\naliases: [↓X1, x1-pro-max]\n"),
            ]),
            RuleExample(files: [
                ("Registry/accelerators/acme/x1.yaml", "kind: accelerator\nid: acme/x1\n"),
                ("Registry/models/acme/x1-chat.yaml", "kind: model\nid: acme/x1-chat\naliases: [↓acme/x1, ↓Acme X1]\n"),
            ]),
            RuleExample(files: [
                ("Registry/accelerators/acme/x1.yaml", "kind: accelerator\nid: acme/x1\nname: Acme Aurora X1\n"),
                ("Registry/accelerators/acme/x2.yaml", "kind: accelerator\nid: acme/x2\naliases: [↓ACME-AURORA-X1]\n"),
            ]),
            RuleExample("kind: accelerator\nid: acme/x1\naliases: [极光 X1, ↓acme/x1, ↓极光-x1, ＸＸ１, ↓xx-1, ↓---]\n"),
        ])

    public func checkRegistry(_ context: ValidationContext) -> [Diagnostic] {
        let files = context.registry.files
        // The keys of every descriptor's id, product part and published name: the names an alias
        // of another descriptor must not repeat. Sized once (three names a file at most), so
        // the table never rehashes as it fills.
        var nameOwner: [String: Int] = [:]
        nameOwner.reserveCapacity(files.count * 3)
        for (index, file) in files.enumerated() {
            guard let descriptor = file.descriptor, !descriptor.id.isEmpty,
                let keys = context.registry.keysOfNames(ofFileAt: index)
            else { continue }
            for key in [keys.id, keys.productPart, keys.name] where !key.isEmpty && nameOwner[key] == nil {
                nameOwner[key] = index
            }
        }
        var aliasOwner: [String: Int] = [:]
        aliasOwner.reserveCapacity(files.count)
        var findings: [Diagnostic] = []
        for (index, file) in files.enumerated() {
            // The aliases as written, with their positions, taken when the file was decoded:
            // this rule never reads the tree.
            let written = file.registryFacts.aliases
            guard let descriptor = file.descriptor, !written.isEmpty else { continue }
            let keys = context.registry.keysOfNames(ofFileAt: index)
            let ownID = keys?.id ?? NameKey.normalised(descriptor.id)
            // They are the descriptor's aliases in order, whose keys the registry made.
            for (position, item) in written.enumerated() {
                let alias = item.text
                guard !alias.isEmpty else { continue }
                let key =
                    if let keys, position < keys.aliases.count, descriptor.aliases[position] == alias {
                        keys.aliases[position]
                    } else {
                        NameKey.normalised(alias)
                    }
                let range = item.range
                if key.isEmpty {
                    findings.append(
                        finding(
                            file, range, "alias '\(alias)' has no letter or digit; no lookup can reach it",
                            fix: "write the product name"))
                } else if key == ownID {
                    findings.append(
                        finding(
                            file, range, "alias '\(alias)' is, once normalised, this descriptor's own id; it is redundant",
                            fix: "remove it"))
                } else if let owner = nameOwner[key], owner != index {
                    findings.append(
                        finding(
                            file, range,
                            "alias '\(alias)' is, once normalised, the id or name of \(files[owner].path) ('\(files[owner].descriptor?.id ?? "")'); a name must lead to one descriptor",
                            fix: "remove the alias, or make it more specific"))
                } else if let owner = aliasOwner[key] {
                    let message =
                        owner == index
                        ? "alias '\(alias)' is listed twice (aliases compare without case, width, spaces and punctuation)"
                        : "alias '\(alias)' is, once normalised, already an alias of \(files[owner].path) ('\(files[owner].descriptor?.id ?? "")'); a name must lead to one descriptor"
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
