import Foundation

/// A measured or specified amount with its unit, e.g. `192 GiB`, `5.3 TB/s`, `1307.4 TFLOPS`.
///
/// `value` is in the dimension's SI base unit (bytes, B/s, FLOP/s, OP/s, W, V, m) and is
/// the exactly rounded conversion of the written decimal; `text` keeps what was written so
/// tables can show the vendor's own figure.
public struct Quantity: Sendable, Hashable, CustomStringConvertible {
    /// The amount in the dimension's base unit.
    public var value: Double
    public var dimension: Dimension
    /// The text as written, normalised to `number unit` (e.g. `192 GiB`).
    public var text: String

    public init(value: Double, dimension: Dimension, text: String) {
        self.value = value
        self.dimension = dimension
        self.text = text
    }

    /// A quantity in base units, for computed values.
    public init(_ value: Double, _ dimension: Dimension) {
        self.init(value: value, dimension: dimension, text: Quantity.format(value, dimension))
    }

    public var description: String { text }

    /// A human-readable rendering of a base-unit value with a decimal prefix and up to four
    /// significant digits (binary sizes print in GiB when exact multiples).
    public static func format(_ value: Double, _ dimension: Dimension) -> String {
        if dimension == .bytes, value >= Double(1 << 30), value.truncatingRemainder(dividingBy: Double(1 << 30)) == 0 {
            return "\(trim(value / Double(1 << 30))) GiB"
        }
        let prefixes: [(Double, String)] = [(1e18, "E"), (1e15, "P"), (1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k"), (1, "")]
        let symbol: String
        switch dimension {
        case .bytes: symbol = "B"
        case .bandwidth: symbol = "B/s"
        case .flops: symbol = "FLOPS"
        case .ops: symbol = "OPS"
        case .power: symbol = "W"
        case .voltage: symbol = "V"
        case .length:
            // Beyond 1.8 × 10^305 m the millimetres overflow to infinity: print metres.
            let millimetres = value * 1000
            return millimetres.isFinite ? "\(trim(millimetres)) mm" : "\(trim(value)) m"
        }
        for (scale, prefix) in prefixes where abs(value) >= scale {
            return "\(trim(value / scale)) \(prefix)\(symbol)"
        }
        return "\(trim(value)) \(symbol)"
    }

    /// Up to four significant digits, without trailing zeros.
    static func trim(_ value: Double) -> String {
        let digits = value >= 100 ? 1 : value >= 10 ? 2 : 3
        return NumberText.plain(value, decimals: digits)
    }
}
