import OAMCore

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

    /// This status as a block-scaled format inherits it from its element type, the evidence
    /// saying so: "mxfp4 (no figure of its own) on its fp4 elements' path: …".
    func inherited(by precision: Precision) -> PrecisionStatus {
        let via = "\(precision.rawValue) (no figure of its own) on its \(precision.element.rawValue) elements' path: "
        switch self {
        case .native(let e): return .native(evidence: via + e)
        case .emulated(let method, let e): return .emulated(method: method, evidence: via + e)
        case .unsupported(let e): return .unsupported(evidence: via + e)
        case .unknown(let e): return .unknown(evidence: via + e)
        }
    }
}
