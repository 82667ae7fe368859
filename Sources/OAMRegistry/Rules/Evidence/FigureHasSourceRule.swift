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
        let covers = CoverPaths(descriptor.evidence)
        let unknownKeys = file.unknownKeys
        var uncovered: [(path: String, node: YAMLNode)] = []
        var path: [UInt8] = []
        for entry in entries
        where !Self.exempt.contains(entry.key.text) && !entry.key.text.hasPrefix("x-")
            && (unknownKeys.isEmpty || !unknownKeys.contains(SourceRange(key: entry)))
        {
            path.removeAll(keepingCapacity: true)
            path.append(contentsOf: entry.key.text.utf8)
            Self.uncoveredLeaves(entry.value, path: &path, covers: covers, skipping: unknownKeys, into: &uncovered)
        }
        return uncovered.map { path, node in
            finding(
                file, SourceRange(node),
                "'\(path)' has no source; add its path to the covers of the source it comes from, or write unknown")
        }
    }

    /// Every scalar leaf that states something (not `unknown`, not empty) and that no covers
    /// path equals or contains (`FieldPath.isAncestor`), with its dotted path, in document
    /// order. A list is one leaf (a list of PCI ids, topologies), covered as a whole. A
    /// mapping whose own path is covered is passed over whole: every leaf below it is covered
    /// too. Subtrees under keys in `unknownKeys` are skipped (unknown-key reports them).
    ///
    /// `path` holds the UTF-8 bytes of the node's dotted path; each level appends its key and
    /// takes it off again, so no string is made for a path until a leaf is reported.
    static func uncoveredLeaves(
        _ node: YAMLNode, path: inout [UInt8], covers: CoverPaths, skipping unknownKeys: Set<SourceRange>,
        into uncovered: inout [(path: String, node: YAMLNode)]
    ) {
        switch node.content {
        case .scalar(let scalar):
            guard !scalar.isNull && !(scalar.style == .plain && scalar.text == "unknown") else { return }
            if !covers.contain(path) { uncovered.append((String(decoding: path, as: UTF8.self), node)) }
        case .mapping(let entries):
            if covers.contain(path) { return }
            let parentCount = path.count
            for entry in entries where unknownKeys.isEmpty || !unknownKeys.contains(SourceRange(key: entry)) {
                path.append(UInt8(ascii: "."))
                path.append(contentsOf: entry.key.text.utf8)
                uncoveredLeaves(entry.value, path: &path, covers: covers, skipping: unknownKeys, into: &uncovered)
                path.removeSubrange(parentCount...)
            }
        case .sequence(let items):
            if !items.isEmpty && !covers.contain(path) { uncovered.append((String(decoding: path, as: UTF8.self), node)) }
        }
    }
}
