import OAMCore
import YAMLReader

/// Every figure is covered by at least one source.
public struct FigureHasSourceRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "figure-has-source", category: .evidence,
        summary: "Every figure is covered by a source: some `sources.*.covers` path equals it or contains it.",
        rationale: "Data is product: a number nobody can trace is a number nobody can trust, or correct.",
        valid: [
            RuleExample(
                "kind: accelerator\nmemory:\n  capacity: 192 GiB\n  bandwidth: unknown\nsources:\n  amd:\n    url: https://www.amd.com/x\n    tier: vendor\n    covers: [memory.capacity]\n"
            ),
            // A misspelt block is unknown-key's finding, not one unsourced figure per leaf.
            RuleExample(
                "kind: accelerator\nmemroy:\n  capacity: 192 GiB\n  bandwidth: 5.3 TB/s\nsources:\n  amd:\n    url: https://www.amd.com/x\n    tier: vendor\n    covers: [memory.capacity]\n"
            ),
        ],
        invalid: [
            RuleExample(
                "kind: accelerator\nmemory:\n  capacity: 192 GiB\n  bandwidth: ↓5.3 TB/s\nsources:\n  amd:\n    url: https://www.amd.com/x\n    tier: vendor\n    covers: [memory.capacity]\n"
            )
        ])

    /// Top-level keys that are identity, prose or evidence, not figures.
    static let exempt: Set<String> = [
        "kind", "id", "name", "vendor", "family", "aliases", "hf_repo", "license", "sources", "conflicts", "notes", "version",
    ]

    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
        guard let root = file.root, let descriptor = file.descriptor, let entries = root.entries else { return [] }
        let evidence = descriptor.evidence
        let unknownKeys = file.unknownKeys
        var findings: [Diagnostic] = []
        for entry in entries
        where !Self.exempt.contains(entry.key.text) && !entry.key.text.hasPrefix("x-")
            && !unknownKeys.contains(SourceRange(key: entry))
        {
            Self.leaves(entry.value, path: entry.key.text, skipping: unknownKeys) { path, node in
                if !evidence.isCovered(path) {
                    findings.append(
                        finding(
                            file, SourceRange(node),
                            "'\(path)' has no source; add its path to the covers of the source it comes from, or write unknown"))
                }
            }
        }
        return findings
    }

    /// Calls `visit` for every scalar leaf that states something (not `unknown`, not empty).
    /// Subtrees under keys in `unknownKeys` are skipped (unknown-key reports them). A leaf's
    /// dotted path is spelt only when it is visited (an autoclosure), not for the `unknown`
    /// and empty leaves that most files are full of.
    static func leaves(
        _ node: YAMLNode, path: @autoclosure () -> String, skipping unknownKeys: Set<SourceRange> = [],
        _ visit: (String, YAMLNode) -> Void
    ) {
        switch node.content {
        case .scalar(let scalar):
            if !scalar.isNull && !(scalar.style == .plain && scalar.text == "unknown") { visit(path(), node) }
        case .mapping(let entries):
            let path = path()
            for entry in entries where unknownKeys.isEmpty || !unknownKeys.contains(SourceRange(key: entry)) {
                leaves(entry.value, path: "\(path).\(entry.key.text)", skipping: unknownKeys, visit)
            }
        case .sequence(let items):
            // A list is one figure (a list of PCI ids, topologies): covered as a whole.
            if !items.isEmpty { visit(path(), node) }
        }
    }
}
