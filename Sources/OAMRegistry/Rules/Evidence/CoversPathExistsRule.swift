import OAMCore
import YAMLReader

/// Every path a source covers names a field of the file.
public struct CoversPathExistsRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "covers-path-exists", category: .evidence,
        summary: "Every `sources.*.covers` entry names a path that exists in the file.",
        rationale:
            "A misspelt covers path supports nothing: the figure it meant stays unsourced (or is sourced only by a weaker document), and after a field is renamed the stale path hides that its source no longer says anything.",
        valid: [
            RuleExample(
                "kind: accelerator\nmemory:\n  capacity: 192 GiB\n  bandwidth: 5.3 TB/s\nsources:\n  amd:\n    url: https://www.amd.com/x\n    tier: vendor\n    covers: [memory, memory.capacity]\n"
            ),
            // The block is misspelt, not the covers path: unknown-key reports `memroy`.
            RuleExample(
                "kind: accelerator\nmemroy:\n  capacity: 192 GiB\n  bandwidth: 5.3 TB/s\nsources:\n  amd:\n    url: https://www.amd.com/x\n    tier: vendor\n    covers: [memory.capacity, memory.bandwidth]\n"
            ),
        ],
        invalid: [
            RuleExample(
                "kind: accelerator\nmemory:\n  capacity: 192 GiB\nsources:\n  amd:\n    url: https://www.amd.com/x\n    tier: vendor\n    covers: [memory.capacity, ↓memory.capactiy]\n"
            ),
            RuleExample(
                "kind: accelerator\npower:\n  tdp: 750 W\nsources:\n  amd:\n    url: https://www.amd.com/x\n    tier: vendor\n    covers:\n      - ↓peak_dense\n"
            ),
        ])

    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
        guard let root = file.root, file.kind != nil, let sources = root["sources"]?.entries else { return [] }
        var candidates: [String]?
        var misspelt: [String] = []
        var findings: [Diagnostic] = []
        for source in sources {
            for item in source.value["covers"]?.items ?? [] {
                guard let path = item.scalar?.text, root.node(at: path) == nil else { continue }
                if candidates == nil {
                    // Paths under keys the schema does not define are never suggested; a
                    // covers path that only misses because its block is misspelt (`memroy:`)
                    // is unknown-key's finding, not this rule's.
                    let known = FieldPaths.all(in: root, skipping: file.unknownKeys)
                    candidates = known
                    misspelt = Array(Set(FieldPaths.all(in: root)).subtracting(known))
                }
                if !misspelt.isEmpty, !Suggestions.closest(to: path, in: misspelt, limit: 1).isEmpty { continue }
                findings.append(
                    finding(
                        file, SourceRange(item),
                        "'\(path)' in the covers of source '\(source.key.text)' names no field of this file, so it supports nothing",
                        fix: Suggestions.didYouMean(path, in: candidates ?? [])
                            ?? "write the dotted path of a field the source states, such as memory.bandwidth, or remove the entry"
                    ))
            }
        }
        return findings
    }
}
