/// Training optimizers and the state they keep per parameter.
public enum Optimizer: String, Sendable, Hashable, CaseIterable {
    case adamw, sgd, adafactor

    /// Optimizer-state bytes per parameter in mixed precision (ZeRO paper's K): AdamW keeps
    /// an fp32 master copy, momentum and variance (4+4+4); SGD with momentum the master
    /// copy and momentum (4+4); Adafactor the master copy and factored second moments,
    /// which are negligible (4).
    public var stateBytesPerParameter: Double {
        switch self {
        case .adamw: return 12
        case .sgd: return 8
        case .adafactor: return 4
        }
    }
}
