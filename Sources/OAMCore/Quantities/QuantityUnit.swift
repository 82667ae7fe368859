/// A unit symbol a descriptor may write, with its dimension and its exact factor to the
/// dimension's base unit.
///
/// Factors are kept as an integer mantissa times a power of ten or two, so `1.5 GiB` and
/// `1307.4 TFLOPS` convert with one rounding at most.
public struct QuantityUnit: Sendable, Hashable {
    public var symbol: String
    public var dimension: Dimension
    /// The factor is `decimalScale`-th power of 10 times `binaryScale`-th power of 2,
    /// divided by `divisor` (8 for bit units).
    public var decimalScale: Int
    public var binaryScale: Int
    public var divisor: Double

    init(_ symbol: String, _ dimension: Dimension, decimal: Int = 0, binary: Int = 0, divisor: Double = 1) {
        self.symbol = symbol
        self.dimension = dimension
        self.decimalScale = decimal
        self.binaryScale = binary
        self.divisor = divisor
    }

    /// Every accepted unit. Symbols are case-sensitive: `Gb/s` is bits, `GB/s` bytes.
    public static let all: [QuantityUnit] = {
        var units: [QuantityUnit] = []
        let decimal: [(String, Int)] = [("", 0), ("k", 3), ("M", 6), ("G", 9), ("T", 12), ("P", 15), ("E", 18)]
        let binary: [(String, Int)] = [("Ki", 10), ("Mi", 20), ("Gi", 30), ("Ti", 40), ("Pi", 50)]
        for (prefix, exponent) in decimal {
            units.append(QuantityUnit("\(prefix)B", .bytes, decimal: exponent))
            units.append(QuantityUnit("\(prefix)B/s", .bandwidth, decimal: exponent))
            units.append(QuantityUnit("\(prefix)b/s", .bandwidth, decimal: exponent, divisor: 8))
            units.append(QuantityUnit("\(prefix)FLOPS", .flops, decimal: exponent))
            units.append(QuantityUnit("\(prefix)FLOP/s", .flops, decimal: exponent))
            units.append(QuantityUnit("\(prefix)OPS", .ops, decimal: exponent))
            units.append(QuantityUnit("\(prefix)OP/s", .ops, decimal: exponent))
            units.append(QuantityUnit("\(prefix)W", .power, decimal: exponent))
            units.append(QuantityUnit("\(prefix)V", .voltage, decimal: exponent))
        }
        for (prefix, exponent) in binary {
            units.append(QuantityUnit("\(prefix)B", .bytes, binary: exponent))
            units.append(QuantityUnit("\(prefix)B/s", .bandwidth, binary: exponent))
        }
        units.append(QuantityUnit("mm", .length, decimal: -3))
        units.append(QuantityUnit("cm", .length, decimal: -2))
        units.append(QuantityUnit("m", .length))
        units.append(QuantityUnit("mV", .voltage, decimal: -3))
        return units
    }()

    /// One of this unit in the dimension's base unit (`GiB` → 1073741824).
    public var factor: Double {
        var value = 1.0
        for _ in 0..<abs(decimalScale) { value = decimalScale > 0 ? value * 10 : value / 10 }
        for _ in 0..<binaryScale { value *= 2 }
        return value / divisor
    }

    /// Units worth suggesting for a mistyped one: those of which one unit is a possible
    /// figure (`PhysicalLimits`). `EW` or `EV` parse, but no module figure is written in
    /// them, so "did you mean 'EW'?" would only mislead.
    public static let suggestable: [QuantityUnit] = all.filter { $0.factor <= PhysicalLimits.maximum(of: $0.dimension) }

    /// Units by symbol.
    public static let bySymbol: [String: QuantityUnit] = Dictionary(
        all.map { ($0.symbol, $0) }, uniquingKeysWith: { first, _ in first })

    /// The usual symbols of a dimension, for "accepted units" lists in messages.
    public static func commonSymbols(of dimension: Dimension) -> [String] {
        switch dimension {
        case .bytes: return ["GB", "GiB", "TB", "TiB", "MiB"]
        case .bandwidth: return ["GB/s", "TB/s", "Gb/s"]
        case .flops: return ["TFLOPS", "PFLOPS", "GFLOPS"]
        case .ops: return ["TOPS", "POPS", "GOPS"]
        case .power: return ["W", "kW"]
        case .voltage: return ["V"]
        case .length: return ["mm"]
        }
    }
}
