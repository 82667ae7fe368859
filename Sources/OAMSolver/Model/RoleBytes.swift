/// Bytes (or elements) of one layer kind, summed by weight role.
public struct RoleBytes: Sendable, Hashable {
    private var values: [Double]

    public init() {
        values = Array(repeating: 0, count: WeightRole.allCases.count)
    }

    public subscript(role: WeightRole) -> Double {
        get { values[role.rawValue] }
        set { values[role.rawValue] = newValue }
    }

    /// Sum over every role.
    public var total: Double { values.reduce(0, +) }

    /// Sums `tensors` in `format` (bytes), or counts elements when `format` is `nil`.
    public init(_ tensors: [WeightTensor], format: WeightFormat?) {
        self.init()
        for tensor in tensors {
            self[tensor.role] += format.map { tensor.bytes(in: $0) } ?? tensor.averageElements
        }
    }
}
