/// Paths compared as files: two spellings of one file (`x.yaml`, `./x.yaml`, `d/../x.yaml`,
/// the absolute path) are one member (`RegistryLoader.standardized`).
///
/// Standardizing goes through Foundation's `URL`, about 70,000 instructions a path, and the
/// checks that ask "is this registry file one of these" ask it of every file of the
/// registry (`POST /api/v1/validate` spent a third of its time there). Standardizing never
/// changes a path's last component unless that is `.` or `..`, so only a path whose file
/// name is a member's is standardized; the answer is the same as standardizing every path.
public struct StandardizedPathSet: Sendable {
    private let paths: Set<String>
    private let names: Set<Substring>

    public init(_ paths: some Sequence<String>) {
        let standardized = paths.map(RegistryLoader.standardized)
        self.paths = Set(standardized)
        self.names = Set(standardized.map(Self.lastComponent))
    }

    public var isEmpty: Bool { paths.isEmpty }

    public func contains(_ path: String) -> Bool {
        let name = Self.lastComponent(path)
        guard name == "." || name == ".." || names.contains(name) else { return false }
        return paths.contains(RegistryLoader.standardized(path))
    }

    /// The text after the last `/` that ends a component (`a/b.yaml/` → `b.yaml`), found on
    /// the UTF-8 bytes (`/` is one byte and never part of another character's).
    static func lastComponent(_ path: String) -> Substring {
        let bytes = path.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: "/") { end = bytes.index(before: end) }
        let start = bytes[..<end].lastIndex(of: UInt8(ascii: "/")).map { bytes.index(after: $0) } ?? bytes.startIndex
        return path[start..<end]
    }
}
