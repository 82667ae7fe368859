import OAMCore

/// A figure the solver used, with where it came from and how far to trust it.
public struct Sourced: Sendable, Hashable {
    /// Where a figure comes from.
    public enum Origin: Sendable, Hashable {
        /// A registry descriptor field, by dotted path.
        case registry(path: String)
        /// An adapter's capability report, by its source URL.
        case report(source: String)
        /// A solver default (`SolverDefaults`), by name.
        case assumption(name: String)
        /// A figure the user assumed (`--assume`), by the assumption as written.
        case given(assumption: String)
    }

    public var value: Double
    public var tier: EvidenceTier
    public var origin: Origin

    public init(_ value: Double, tier: EvidenceTier, origin: Origin) {
        self.value = value
        self.tier = tier
        self.origin = origin
    }

    /// A solver default; defaults rest on third-party measurements, so they rank lowest.
    public init(_ assumption: Assumption) {
        self.init(assumption.value, tier: .thirdParty, origin: .assumption(name: assumption.name))
    }

    /// True when the figure is a solver default rather than a stated one.
    public var isDefault: Bool {
        if case .assumption = origin { return true }
        return false
    }

    /// True when the user assumed the figure (`--assume`).
    public var isGiven: Bool {
        if case .given = origin { return true }
        return false
    }

    /// `registry peak_dense.fp8`, `adapter report`, `default …`, `--assume …`.
    public var originText: String {
        switch origin {
        case .registry(let path): return "registry \(path)"
        case .report: return "adapter report"
        case .assumption(let name): return "default \(name)"
        case .given(let assumption): return "--assume \(assumption)"
        }
    }
}
