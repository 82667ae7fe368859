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
    public var fields: [Field]
    /// Whether keys `x-<vendor>` are allowed here and left to that vendor's adapter.
    public var allowsVendorBlocks: Bool

    public init(_ name: String, _ summary: String, allowsVendorBlocks: Bool = false, fields: [Field]) {
        self.name = name
        self.summary = summary
        self.fields = fields
        self.allowsVendorBlocks = allowsVendorBlocks
    }

    public func field(_ name: String) -> Field? {
        fields.first { $0.name == name }
    }
}
