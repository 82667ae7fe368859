import OAMCore
import YAMLReader

/// A conflict names a real field, repeats what that field says, and cites real sources.
public struct ConflictReferencesRule: Rule {
    public init() {}
    private static func example(field: String = "power.tdp", chosen: String = "750 W", source: String = "blog") -> String {
        "kind: accelerator\npower:\n  tdp: 750 W\nsources:\n  amd:\n    url: https://www.amd.com/x\n    tier: vendor\n    covers: [power.tdp]\n  blog:\n    url: https://blog.example.com/x\n    tier: third-party\n    covers: [power.tdp]\nconflicts:\n  - field: \(field)\n    chosen: \(chosen)\n    alternatives:\n      - value: 700 W\n        source: \(source)\n    reason: AMD's own page states 750 W.\n"
    }
    public static let description = RuleDescription(
        id: "conflict-references", category: .evidence,
        summary:
            "Each conflict's `field` exists, its `chosen` is the text written at that field, and each alternative's `source` is a key of `sources`.",
        rationale:
            "A conflict record is the audit trail of a disputed figure. When the field moves, the figure is edited without updating `chosen`, or the cited source is renamed, the record describes a decision the file no longer reflects.",
        valid: [RuleExample(example())],
        invalid: [
            RuleExample(example(field: "↓power.tpd")),
            RuleExample(example(chosen: "↓700 W")),
            RuleExample(example(source: "↓blgo")),
        ])

    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
        guard let root = file.root, file.kind != nil, let conflicts = root["conflicts"]?.items else { return [] }
        let sourceKeys = root["sources"]?.entries?.map(\.key.text) ?? []
        var findings: [Diagnostic] = []
        for conflict in conflicts {
            if let fieldNode = conflict["field"], let field = fieldNode.scalar?.text {
                if let target = root.node(at: field) {
                    if let chosenNode = conflict["chosen"], let chosen = chosenNode.scalar?.text,
                        let written = target.scalar?.text,
                        // Equal texts are equal trimmed: most conflicts repeat the value as
                        // written, and trimming through Foundation is the costly part.
                        chosen != written,
                        chosen.trimmingCharacters(in: .whitespaces) != written.trimmingCharacters(in: .whitespaces)
                    {
                        findings.append(
                            finding(
                                file, SourceRange(chosenNode),
                                "chosen '\(chosen)' is not what \(field) says ('\(written)')",
                                fix:
                                    "make chosen repeat the value written at \(field), or, if the choice changed, update the field and the conflict's reason"
                            ))
                    }
                } else {
                    findings.append(
                        finding(
                            file, SourceRange(fieldNode),
                            "conflict field '\(field)' names no field of this file",
                            fix: Suggestions.didYouMean(field, in: FieldPaths.all(in: root))
                                ?? "write the dotted path of the disputed field"))
                }
            }
            for alternative in conflict["alternatives"]?.items ?? [] {
                guard let sourceNode = alternative["source"], let key = sourceNode.scalar?.text, !sourceKeys.contains(key) else {
                    continue
                }
                findings.append(
                    finding(
                        file, SourceRange(sourceNode),
                        "alternative source '\(key)' is not a key of sources",
                        fix: Suggestions.didYouMean(key, in: sourceKeys)
                            ?? "add a source '\(key)' with the document's url, tier and covers"))
            }
        }
        return findings
    }
}
