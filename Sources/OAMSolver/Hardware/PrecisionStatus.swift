/// Whether a module runs a numeric format, as the adapter report or the descriptor says.
public enum PrecisionStatus: Sendable, Hashable {
    /// Matrix math runs in this format; `evidence` names what says so.
    case native(evidence: String)
    /// Stored in this format, math in a wider one (`method` as the adapter states it).
    case emulated(method: String, evidence: String)
    /// No path; `evidence` names what says so.
    case unsupported(evidence: String)
    /// Nothing states support either way.
    case unknown(evidence: String)

    public var isNative: Bool {
        if case .native = self { return true }
        return false
    }

    public var evidence: String {
        switch self {
        case .native(let e), .emulated(_, let e), .unsupported(let e), .unknown(let e): return e
        }
    }
}
