import OAMCore
import YAMLReader

/// Where a descriptor was read from, for positions in diagnostics: the path as the user
/// named it and the document tree (every node keeps its start and end).
public struct DescriptorLocation: Sendable {
    /// The path as the user named it; diagnostics print it as is.
    public var path: String
    /// The whole document; `nil` when the file could not be parsed.
    public var root: YAMLNode?

    public init(path: String, root: YAMLNode?) {
        self.path = path
        self.root = root
    }

    /// The range of the value at a dotted path (`pci_ids.0`, `x-amd.gfx_target`), or the
    /// file start when it is absent.
    public func range(of path: String) -> SourceRange {
        guard let node = root?.node(at: path) else { return .fileStart }
        return SourceRange(node)
    }

    /// The range of the key of the entry at a dotted path, or of its value when the path
    /// ends in a list index, or the file start.
    public func keyRange(of path: String) -> SourceRange {
        var parts = path.split(separator: ".").map(String.init)
        guard let last = parts.popLast() else { return .fileStart }
        let parent = parts.isEmpty ? root : root?.node(at: parts.joined(separator: "."))
        if let entry = parent?.entry(last) { return SourceRange(key: entry) }
        return range(of: path)
    }

    /// A diagnostic in this file.
    public func diagnostic(_ severity: Severity, _ ruleID: String, _ message: String, at range: SourceRange, fix: String? = nil)
        -> Diagnostic
    {
        Diagnostic(severity: severity, ruleID: ruleID, message: message, file: path, range: range, fix: fix)
    }
}
