import OAMAdapterAPI

/// One adapter as `oam adapters` lists it: in tree or out of tree, what it covers, and
/// why it failed if it did.
public struct AdapterListing: Sendable {
    public enum Kind: String, Sendable {
        case inTree = "in-tree"
        case outOfTree = "out-of-tree"
    }

    public var kind: Kind
    /// The adapter id (in tree) or the vendor part of the executable name.
    public var id: String
    /// What the adapter said about itself; `nil` when it failed to describe itself.
    public var info: AdapterInfo?
    /// Registry ids the adapter covers: its knowledge plus the registry's modules of its vendors.
    public var modules: [String]
    public var examples: Int
    /// The executable (out of tree).
    public var path: String?
    /// Executables of the same name later on the search path.
    public var shadowed: [String]
    /// Why the adapter is unusable.
    public var problem: AdapterProblem?

    public init(
        kind: Kind, id: String, info: AdapterInfo?, modules: [String], examples: Int, path: String? = nil,
        shadowed: [String] = [], problem: AdapterProblem? = nil
    ) {
        self.kind = kind
        self.id = id
        self.info = info
        self.modules = modules
        self.examples = examples
        self.path = path
        self.shadowed = shadowed
        self.problem = problem
    }
}
