/// The sources of a descriptor and the conflicts it records.
public struct Evidence: Sendable, Hashable {
    public var sources: [Source]
    public var conflicts: [Conflict]

    public init(sources: [Source] = [], conflicts: [Conflict] = []) {
        self.sources = sources
        self.conflicts = conflicts
    }

    /// The sources that support the figure at `path`.
    public func sources(covering path: String) -> [Source] {
        sources.filter { $0.covers(path) }
    }

    /// True when some source covers `path`; allocates nothing (validation asks this for
    /// every figure of every file).
    public func isCovered(_ path: String) -> Bool {
        sources.contains { $0.covers(path) }
    }

    /// The strongest tier among the sources of `path`, or `nil` if nothing covers it.
    public func tier(of path: String) -> EvidenceTier? {
        var best: EvidenceTier?
        for source in sources where source.covers(path) {
            best = max(best ?? source.tier, source.tier)
        }
        return best
    }
}
