/// The fields of one mapping in a descriptor.
public struct ObjectSchema: Sendable {
    /// One field: its key, type, whether it must be present, and a one-line summary that
    /// becomes its documentation.
    public struct Field: Sendable {
        public var name: String
        public var type: ValueType
        public var required: Bool
        public var summary: String

        public init(_ name: String, _ type: ValueType, required: Bool = false, _ summary: String) {
            self.name = name
            self.type = type
            self.required = required
            self.summary = summary
        }
    }

    /// A name for documentation (`accelerator.memory`).
    public var name: String
    public var summary: String
    public let fields: [Field]
    /// Whether keys `x-<vendor>` are allowed here and left to that vendor's adapter.
    public var allowsVendorBlocks: Bool

    /// Field positions by name, built once: the walker looks up every key of every file.
    private let index: [String: Int]

    public init(_ name: String, _ summary: String, allowsVendorBlocks: Bool = false, fields: [Field]) {
        self.name = name
        self.summary = summary
        self.fields = fields
        self.allowsVendorBlocks = allowsVendorBlocks
        self.index = Dictionary(fields.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func field(_ name: String) -> Field? {
        index[name].map { fields[$0] }
    }
}
