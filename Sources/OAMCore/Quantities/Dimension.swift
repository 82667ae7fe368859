/// What a quantity measures. Each dimension has one SI base unit in which values are
/// stored and exported.
public enum Dimension: String, Sendable, Hashable, Codable, CaseIterable {
    /// Bytes (B).
    case bytes
    /// Bytes per second (B/s).
    case bandwidth
    /// Floating-point operations per second (FLOP/s).
    case flops
    /// Integer operations per second (OP/s).
    case ops
    /// Watts (W).
    case power
    /// Volts (V).
    case voltage
    /// Metres (m).
    case length

    /// A name for messages: "a memory size", "a bandwidth"…
    public var phrase: String {
        switch self {
        case .bytes: return "a size in bytes"
        case .bandwidth: return "a bandwidth"
        case .flops: return "a floating-point throughput"
        case .ops: return "an integer-operation throughput"
        case .power: return "a power"
        case .voltage: return "a voltage"
        case .length: return "a length"
        }
    }

    /// The SI base unit's symbol, used in JSON field names and tables.
    public var baseSymbol: String {
        switch self {
        case .bytes: return "B"
        case .bandwidth: return "B/s"
        case .flops: return "FLOP/s"
        case .ops: return "OP/s"
        case .power: return "W"
        case .voltage: return "V"
        case .length: return "m"
        }
    }
}
