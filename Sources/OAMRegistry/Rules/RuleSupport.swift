import Foundation
import OAMCore
import YAMLReader

/// Number formatting shared by rule messages.
enum RuleText {

    /// A fraction as a percentage with one decimal: `0.0331` → `3.3%`.
    static func percent(_ fraction: Double) -> String {
        String(format: "%.1f%%", fraction * 100)
    }

    /// A PCIe generation as written in host interfaces: `5.0`.
    static func generation(_ value: Double) -> String {
        String(format: "%.1f", value)
    }

    /// "ocp-oam-1.5", or "any version of ocp-oam" when a family claim named several specs.
    static func scope(of claim: String, _ specs: [ModuleSpecDescriptor]) -> String {
        specs.count > 1 || (specs.count == 1 && specs[0].id != claim) ? "any version of \(claim)" : claim
    }
}

/// Dotted paths of a descriptor tree, for "did you mean" over field paths.
enum FieldPaths {
    /// Every path below `root` (mapping keys by name, list items by index), except the
    /// evidence blocks themselves.
    /// Subtrees under keys in `unknownKeys` (see `DescriptorFile.unknownKeys`) are left out,
    /// so a misspelt block is never offered as a suggestion.
    static func all(in root: YAMLNode, skipping unknownKeys: Set<SourceRange> = []) -> [String] {
        var paths: [String] = []
        for entry in root.entries ?? []
        where entry.key.text != "sources" && entry.key.text != "conflicts" && !unknownKeys.contains(SourceRange(key: entry)) {
            collect(entry.value, path: entry.key.text, skipping: unknownKeys, into: &paths)
        }
        return paths
    }

    private static func collect(
        _ node: YAMLNode, path: String, skipping unknownKeys: Set<SourceRange>, into paths: inout [String]
    ) {
        paths.append(path)
        switch node.content {
        case .scalar: break
        case .mapping(let entries):
            for entry in entries where !unknownKeys.contains(SourceRange(key: entry)) {
                collect(entry.value, path: "\(path).\(entry.key.text)", skipping: unknownKeys, into: &paths)
            }
        case .sequence(let items):
            for (index, item) in items.enumerated() where item.scalar == nil {
                collect(item, path: "\(path).\(index)", skipping: unknownKeys, into: &paths)
            }
        }
    }
}

extension DescriptorFile {
    /// The key ranges of mapping entries the schema does not define (reported by
    /// `unknown-key` at load time). Other rules skip the subtrees under them: a misspelt
    /// block is one finding, not one per leaf.
    var unknownKeys: Set<SourceRange> {
        Set((loadDiagnosticsByRule[UnknownKeyRule.description.id] ?? []).map(\.range))
    }
}

extension YAMLNode {
    /// The node's integer value, if it is a scalar holding a whole number.
    var intValue: Int? {
        scalar.flatMap { Int($0.text) }
    }
}
