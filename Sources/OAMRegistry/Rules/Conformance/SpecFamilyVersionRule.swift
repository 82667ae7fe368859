import OAMCore

/// A module-spec id is its family and version joined by a hyphen.
public struct SpecFamilyVersionRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "spec-family-version", category: .conformance,
        summary:
            "A module-spec's id is `<family>-<version>` (a revision prefix such as `r` in version `r2.0` may be left out of the id).",
        rationale:
            "Accelerators claim a spec by id or by family; an id that disagrees with its family or version makes a claim of `ocp-oam-1.5` land on a different version than the file says it describes.",
        valid: [
            RuleExample("kind: module-spec\nid: ocp-oam-1.5\nfamily: ocp-oam\nversion: \"1.5\"\n"),
            RuleExample("kind: module-spec\nid: ocp-ubb-2.0\nfamily: ocp-ubb\nversion: \"r2.0\"\n"),
        ],
        invalid: [
            RuleExample("kind: module-spec\nid: ↓ocp-oam-1.5\nfamily: ocp-oam\nversion: \"1.1\"\n"),
            RuleExample("kind: module-spec\nid: ↓ocp-oam-1.5\nfamily: ocp-ubb\nversion: \"1.5\"\n"),
        ])

    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
        guard case .moduleSpec(let s)? = file.descriptor, !s.id.isEmpty, !s.family.isEmpty, !s.version.isEmpty else { return [] }
        let version = s.version.lowercased().split(whereSeparator: { $0 == " " }).joined(separator: "-")
        var accepted = ["\(s.family)-\(version)"]
        if let first = version.first, first == "r" || first == "v", version.dropFirst().first?.isNumber == true {
            accepted.append("\(s.family)-\(version.dropFirst())")
        }
        guard !accepted.contains(s.id) else { return [] }
        let expected = accepted.last!
        let why =
            s.id.hasPrefix("\(s.family)-")
            ? "its version part '\(s.id.dropFirst(s.family.count + 1))' is not the version \"\(s.version)\""
            : "it does not start with the family '\(s.family)'"
        return [
            finding(
                file, file.range(of: "id"),
                "id '\(s.id)' is not '<family>-<version>' ('\(expected)'): \(why)",
                fix:
                    "correct family or version if they are wrong; otherwise change the id to '\(expected)' and rename the file to specs/\(expected).yaml"
            )
        ]
    }
}
