import OAMCore

/// No two descriptors share an id.
public struct UniqueIDRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "unique-id", category: .registry,
        summary: "Every descriptor id is unique across the registry.",
        rationale:
            "Lookups by id must name exactly one thing; a second file with the same id would shadow the first. Each file involved is flagged, so checking one changed file against the registry still shows the clash.",
        valid: [
            RuleExample(files: [
                ("Registry/accelerators/acme/x1.yaml", "kind: accelerator\nid: acme/x1\n"),
                ("Registry/accelerators/acme/x2.yaml", "kind: accelerator\nid: acme/x2\n"),
            ])
        ],
        invalid: [
            RuleExample(files: [
                ("Registry/accelerators/acme/x1.yaml", "kind: accelerator\nid: ↓acme/x1\n"),
                ("Registry/accelerators/acme/x1-copy.yaml", "kind: accelerator\nid: ↓acme/x1\n"),
            ])
        ])

    public func checkRegistry(_ context: ValidationContext) -> [Diagnostic] {
        var filesByID: [String: [DescriptorFile]] = [:]
        for file in context.registry.files {
            guard let id = file.descriptor?.id, !id.isEmpty else { continue }
            filesByID[id, default: []].append(file)
        }
        return filesByID.values.filter { $0.count > 1 }.flatMap { files in
            files.map { file in
                let others = files.filter { $0.path != file.path }.map(\.path).joined(separator: ", ")
                return finding(file, file.registryFacts.idRange, "id '\(file.descriptor!.id)' is also used by \(others)")
            }
        }
    }
}
