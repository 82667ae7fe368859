import OAMCore

/// A figure the user supplies where the registry and the adapters leave it unknown
/// (`oam fit --assume`, API `assume`). The solver computes with it, never over a stated
/// figure, and every verdict that rests on it names it and carries the tier `assumed`.
///
/// Grammar of one `--assume` value (several assumptions separated by commas):
///
///     list       := assumption ("," assumption)*
///     assumption := figure "=" value
///     figure     := precision | "bandwidth" | "capacity" | "tdp"
///                 | "peak_dense." precision | "memory.bandwidth" | "memory.capacity" | "power.tdp"
///     value      := number unit              per module, in a unit the registry takes for the figure
///                 | factor "x:" precision    peaks only: factor × the module's dense peak there
///
/// Figure names are case-insensitive; units are case-sensitive as in descriptors (`GB/s` is
/// bytes, `Gb/s` bits). `int8=2x:fp16`, `fp8=1000 TFLOPS`, `bandwidth=1.6 TB/s`,
/// `capacity=64 GB`, `tdp=400 W`.
public struct FigureAssumption: Sendable, Hashable {
    /// Which figure of a module an assumption fills.
    public enum Figure: Sendable, Hashable {
        /// `peak_dense.<precision>`, in FLOP/s (OP/s for integer precisions) per module.
        case peak(Precision)
        /// `memory.bandwidth`, in B/s per module.
        case bandwidth
        /// `memory.capacity`, in B per module.
        case capacity
        /// `power.tdp`, in W per module.
        case tdp

        /// Every figure `--assume` fills.
        public static let all: [Figure] = Precision.allCases.map(Figure.peak) + [.bandwidth, .capacity, .tdp]

        /// The descriptor path of the figure.
        public var path: String {
            switch self {
            case .peak(let precision): return "peak_dense.\(precision.rawValue)"
            case .bandwidth: return "memory.bandwidth"
            case .capacity: return "memory.capacity"
            case .tdp: return "power.tdp"
            }
        }

        /// The figure's short name in the grammar.
        public var name: String {
            switch self {
            case .peak(let precision): return precision.rawValue
            case .bandwidth: return "bandwidth"
            case .capacity: return "capacity"
            case .tdp: return "tdp"
            }
        }

        /// What its value measures, so the registry's units for it apply.
        public var dimension: Dimension {
            switch self {
            case .peak(let precision): return precision.throughputDimension
            case .bandwidth: return .bandwidth
            case .capacity: return .bytes
            case .tdp: return .power
            }
        }

        /// The figure at a descriptor path or by its short name (any case).
        public init?(named name: String) {
            let key = name.lowercased()
            guard let figure = Self.all.first(where: { $0.name == key || $0.path == key }) else { return nil }
            self = figure
        }

        /// The `--assume` that would fill the figure, with a placeholder for the value: a ratio
        /// of `base` when a peak of the module is stated to take it of.
        public func example(ratioOf base: Precision? = nil) -> String {
            let unit = QuantityUnit.commonSymbols(of: dimension).first ?? dimension.baseSymbol
            let absolute = "--assume \(name)=NUMBER \(unit)"
            guard case .peak = self, let base else { return absolute }
            return absolute + " or --assume \(name)=FACTORx:\(base.rawValue)"
        }
    }

    /// How the assumed value is given.
    public enum Amount: Sendable, Hashable {
        /// Per module, in the figure's SI base unit (FLOP/s, OP/s, B/s, B or W).
        case absolute(Double)
        /// This factor times the module's dense peak in another precision.
        case ratio(Double, of: Precision)
    }

    public var figure: Figure
    public var amount: Amount
    /// The assumption as written (one item of a list, spaces trimmed): what output names.
    public var text: String

    public init(figure: Figure, amount: Amount, text: String) {
        self.figure = figure
        self.amount = amount
        self.text = text
    }
}
