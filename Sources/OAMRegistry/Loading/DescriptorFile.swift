import OAMCore
import YAMLReader

/// One descriptor file: where it is, its tree, what it decoded to, and the problems found
/// while reading it (YAML errors and schema mismatches; rules add the rest).
public struct DescriptorFile: Sendable {
    /// The path as the user named it, used in diagnostics.
    public var path: String
    /// The tree; `nil` when the file could not be read or parsed, and once dropped
    /// (`dropTree`).
    public private(set) var root: YAMLNode?
    /// What the registry-wide rules read of the tree, taken when the file is made: with
    /// these, those rules never need the tree, and they outlive it.
    public let registryFacts: RegistryFacts
    /// False when the reader found no control character in any key or scalar of `root`
    /// (`YAMLDocument.holdsControlCharacter`); true otherwise, and for a tree the reader did
    /// not make, which `control-character` then walks.
    public var mayHoldControlCharacter = true
    /// The declared kind, if `kind:` holds a known one.
    public var kind: DescriptorKind?
    /// The decoded descriptor, if the kind is known. Decoding is lenient: fields the schema
    /// walker refused are absent.
    public var descriptor: Descriptor?
    /// Problems found while reading and schema-checking, each under its rule id.
    public var loadDiagnostics: [Diagnostic] {
        didSet { loadDiagnosticsByRule = Self.grouped(loadDiagnostics) }
    }
    /// `loadDiagnostics` by rule id, in their order: grouped once, so that each load-time
    /// rule takes its own findings without going through all of them (a file of 76,000
    /// unknown keys has 76,000 findings, and there are eighteen load-time rules).
    public private(set) var loadDiagnosticsByRule: [String: [Diagnostic]]
    /// The file's first line without its line break (the modeline, in a registry file);
    /// `nil` when the bytes were not read.
    public var firstLine: String?

    public init(path: String, root: YAMLNode?, kind: DescriptorKind?, descriptor: Descriptor?, loadDiagnostics: [Diagnostic]) {
        self.path = path
        self.root = root
        self.registryFacts = RegistryFacts(root)
        self.kind = kind
        self.descriptor = descriptor
        self.loadDiagnostics = loadDiagnostics
        self.loadDiagnosticsByRule = Self.grouped(loadDiagnostics)
    }

    /// Lets the tree go once every rule that reads it has run, keeping what the rules that
    /// run later read: the descriptor (whose figures carry their ranges) and `registryFacts`.
    /// `oam validate` drops each file's tree on the thread that parsed it, so a run holds
    /// the trees of the files in hand, not of the whole registry.
    public mutating func dropTree() {
        root = nil
    }

    private static func grouped(_ diagnostics: [Diagnostic]) -> [String: [Diagnostic]] {
        Dictionary(grouping: diagnostics, by: \.ruleID)
    }

    /// The position of the value at a dotted path, or the file start when it is absent.
    public func range(of path: String) -> SourceRange {
        Self.range(of: path, in: root)
    }

    /// `range(of:)` in the tree `root` (the file start for a file that did not parse).
    static func range(of path: String, in root: YAMLNode?) -> SourceRange {
        guard let node = root?.node(at: path) else { return .fileStart }
        return SourceRange(node)
    }

    /// The position of the key at a dotted path (the last component), or of the value
    /// when the path ends in a list index.
    public func keyRange(of path: String) -> SourceRange {
        var parts = path.split(separator: ".").map(String.init)
        guard let last = parts.popLast(), let parent = parts.isEmpty ? root : root?.node(at: parts.joined(separator: ".")),
            let entry = parent.entry(last)
        else { return range(of: path) }
        return SourceRange(key: entry)
    }
}
