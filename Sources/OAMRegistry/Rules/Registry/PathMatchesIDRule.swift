import OAMCore

/// A descriptor's file sits where its kind and id say it does.
public struct PathMatchesIDRule: LocationRule {
    public init() {}
    public static let description = RuleDescription(
        id: "path-matches-id", category: .registry,
        summary:
            "The file path ends with `<kind folder>/<id>.yaml`: `accelerators/<vendor>/<product>.yaml`, `models/<org>/<name>.yaml`, `specs/<id>.yaml`.",
        rationale:
            "People find a descriptor by its id and tools link to it by path; a file whose name disagrees with its id is found under one name and answers to another, and renames leave stale copies behind. A path named without its folders (a file validated from its own folder) is compared as far as it goes.",
        valid: [
            RuleExample("kind: model\nid: meta-llama/llama-3.1-8b\n"),
            RuleExample("kind: module-spec\nid: ocp-oam-1.5\n", path: "/srv/oam/Registry/specs/ocp-oam-1.5.yaml"),
            RuleExample("kind: accelerator\nid: amd/mi300x\n", path: "mi300x.yaml"),
        ],
        invalid: [
            RuleExample("kind: accelerator\nid: ↓amd/mi300x\n", path: "Registry/accelerators/amd/mi300.yaml"),
            RuleExample("kind: module-spec\nid: ↓ocp-oam-1.5\n", path: "Registry/accelerators/ocp-oam-1.5.yaml"),
            RuleExample("kind: model\nid: ↓meta-llama/llama-3.1-8b\n", path: "Registry/models/meta-llama/llama-3.1-8b.yml"),
        ])

    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
        guard let descriptor = file.descriptor, !descriptor.id.isEmpty else { return [] }
        let expected = "\(descriptor.kind.folder)/\(descriptor.id).yaml"
        if Self.endsInPlace(file.path, expected) { return [] }
        let expectedParts = TextSplit.split(expected, on: [UInt8(ascii: "/")])
        var parts = Self.components(of: file.path).filter { $0 != "." }
        if let parent = parts.lastIndex(of: "..") { parts = Array(parts[(parent + 1)...]) }
        let compared = min(parts.count, expectedParts.count)
        guard compared > 0, Array(parts.suffix(compared)) != Array(expectedParts.suffix(compared)) else { return [] }
        return [
            finding(
                file, file.range(of: "id"),
                "the id '\(descriptor.id)' does not match the path \(file.path); \(descriptor.kind == .accelerator ? "an" : "a") \(descriptor.kind.rawValue) with this id lives at \(expected)",
                fix: "move the file to Registry/\(expected), or correct the id")
        ]
    }

    /// True when `path` plainly ends with the components of `expected`: both are ASCII,
    /// `expected` has no backslash and no `.` or `..` component, and `path` is `expected` or
    /// ends with it after a slash or backslash. Then the component comparison below finds
    /// them equal, so it is skipped: the registry's files all pass here, without splitting
    /// two paths into strings per file.
    static func endsInPlace(_ path: String, _ expected: String) -> Bool {
        let decided = path.utf8.withContiguousStorageIfAvailable { path in
            expected.utf8.withContiguousStorageIfAvailable { expected in
                guard path.count >= expected.count, !path.contains(where: { $0 >= 0x80 }),
                    !expected.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "\\") })
                else { return false }
                let slash = UInt8(ascii: "/")
                for component in expected.split(separator: slash) where component.allSatisfy({ $0 == UInt8(ascii: ".") }) {
                    if component.count <= 2 { return false }
                }
                let start = path.count - expected.count
                guard start == 0 || path[start - 1] == slash || path[start - 1] == UInt8(ascii: "\\") else { return false }
                return path[start...].elementsEqual(expected)
            }
        }
        return (decided ?? nil) ?? false
    }

    /// The components of a path, a backslash separating like a slash (a Windows path).
    static func components(of path: String) -> [String] {
        TextSplit.split(path, on: [UInt8(ascii: "/"), UInt8(ascii: "\\")])
    }
}
