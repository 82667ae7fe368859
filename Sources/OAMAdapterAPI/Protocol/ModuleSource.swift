/// A registry descriptor as the protocol carries it: its id, its path and its YAML text.
///
/// Golden examples name modules by `id` only; the host fills in `path` and `source` from
/// the registry before sending, so the same example checks any adapter.
public struct ModuleSource: Sendable, Hashable, Codable {
    /// The registry id, e.g. `amd/mi300x`.
    public var id: String?
    /// The descriptor's file path as the host read it; diagnostics name it.
    public var path: String?
    /// The descriptor's YAML text.
    public var source: String?

    public init(id: String? = nil, path: String? = nil, source: String? = nil) {
        self.id = id
        self.path = path
        self.source = source
    }
}
