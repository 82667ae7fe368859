import YAMLReader

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

    /// The UTF-8 length of each field's name, and whether that length alone rules out a key
    /// of another length (`KeyText.bytesDecide`), built once: the walker looks up every key
    /// of every file, and a scan of a few dozen integers costs less than hashing the key.
    private let nameLengths: [Int]
    private let lengthDecides: [Bool]

    public init(_ name: String, _ summary: String, allowsVendorBlocks: Bool = false, fields: [Field]) {
        self.name = name
        self.summary = summary
        self.fields = fields
        self.allowsVendorBlocks = allowsVendorBlocks
        self.nameLengths = fields.map(\.name.utf8.count)
        self.lengthDecides = fields.map { KeyText.bytesDecide($0.name) }
    }

    /// The first field called `name` (compared as Swift strings, canonically).
    public func field(_ name: String) -> Field? {
        let length = name.utf8.count
        for index in fields.indices where nameLengths[index] == length || !lengthDecides[index] {
            if fields[index].name == name { return fields[index] }
        }
        return nil
    }
}
