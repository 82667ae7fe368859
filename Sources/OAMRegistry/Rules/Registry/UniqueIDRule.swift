import OAMCore

/// No two descriptors share an id.
public struct UniqueIDRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "unique-id", category: .registry,
        summary: "Every descriptor id is unique across the registry.",
        rationale: "Lookups by id must name exactly one thing; a second file with the same id would shadow the first.",
        valid: [RuleExample(files: [("Registry/accelerators/acme/x1.yaml", "kind: accelerator\nid: acme/x1\n"), ("Registry/accelerators/acme/x2.yaml", "kind: accelerator\nid: acme/x2\n")])],
        invalid: [RuleExample(files: [("Registry/accelerators/acme/x1.yaml", "kind: accelerator\nid: acme/x1\n"), ("Registry/accelerators/acme/x1-copy.yaml", "kind: accelerator\nid: ↓acme/x1\n")])])

    public func checkRegistry(_ context: ValidationContext) -> [Diagnostic] {
        var first: [String: DescriptorFile] = [:]
        var findings: [Diagnostic] = []
        for file in context.registry.files {
            guard let id = file.descriptor?.id, !id.isEmpty else { continue }
            if let earlier = first[id] {
                findings.append(finding(file, file.range(of: "id"), "id '\(id)' is already used by \(earlier.path)"))
            } else {
                first[id] = file
            }
        }
        return findings
    }
}
