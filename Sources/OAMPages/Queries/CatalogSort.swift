import OAMCore

/// The order of the catalog (`sort=`): by id, or by a figure, largest first, unknown last.
public enum CatalogSort: Sendable, Equatable {
    case id
    case memory
    case bandwidth
    case power
    /// The dense peak in one precision.
    case peak(Precision)

    /// The names `sort=` accepts: `id`, `memory`, `bandwidth`, `power` and every precision.
    public static var names: [String] { ["id", "memory", "bandwidth", "power"] + Precision.allCases.map(\.rawValue) }

    public init?(name: String) {
        switch name {
        case "id": self = .id
        case "memory": self = .memory
        case "bandwidth": self = .bandwidth
        case "power": self = .power
        default:
            guard let precision = Precision(rawValue: name) else { return nil }
            self = .peak(precision)
        }
    }

    public var name: String {
        switch self {
        case .id: "id"
        case .memory: "memory"
        case .bandwidth: "bandwidth"
        case .power: "power"
        case .peak(let precision): precision.rawValue
        }
    }

    /// The figure sorted on, in its base unit (bytes, B/s, W, FLOP/s); `nil` for `id`.
    func key(_ a: AcceleratorDescriptor) -> Double? {
        switch self {
        case .id: nil
        case .memory: a.memory.capacity?.value?.value
        case .bandwidth: a.memory.bandwidth?.value?.value
        case .power: a.power.tdp?.value?.value
        case .peak(let precision): a.peakDense[precision]?.value?.value
        }
    }

    /// `accelerators` in this order: largest figure first, unknown figures last, ties by id.
    public func sorted(_ accelerators: [AcceleratorDescriptor]) -> [AcceleratorDescriptor] {
        accelerators.sorted { lhs, rhs in
            switch (key(lhs), key(rhs)) {
            case (let l?, let r?) where l != r: l > r
            case (.some, nil): true
            case (nil, .some): false
            default: lhs.id < rhs.id
            }
        }
    }
}
