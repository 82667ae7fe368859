import OAMCore

/// Typed, named access to the fields of a parsed `config.json`.
///
/// A field that is absent or `null` reads as `nil` from the optional accessors and throws
/// `missingField` from the required ones, naming the field; a field of the wrong kind
/// always throws, so `"num_hidden_layers": "32"` is never silently read as absent.
struct HFConfig {
    let fields: [String: JSONValue]
    /// `architectures[0]`, named in errors.
    let architecture: String
    /// Dotted path of a nested object (`quantization_config`), empty at the top level.
    let prefix: String

    init(fields: [String: JSONValue], architecture: String, prefix: String = "") {
        self.fields = fields
        self.architecture = architecture
        self.prefix = prefix
    }

    /// The field's full dotted name, as errors print it.
    func name(_ key: String) -> String {
        prefix.isEmpty ? key : prefix + "." + key
    }

    /// The raw value, `nil` when absent or `null`.
    func raw(_ key: String) -> JSONValue? {
        guard let value = fields[key] else { return nil }
        if case .null = value { return nil }
        return value
    }

    func has(_ key: String) -> Bool { raw(key) != nil }

    func int(_ key: String) throws(HFConfigError) -> Int? {
        guard let value = raw(key) else { return nil }
        switch value {
        case .integer(let number): return number
        case .number(let number) where number.rounded() == number && abs(number) < 9e15: return Int(number)
        default: throw .wrongType(name(key), expected: "an integer", found: Self.describe(value))
        }
    }

    func requiredInt(_ key: String) throws(HFConfigError) -> Int {
        guard let number = try int(key) else { throw .missingField(name(key), architecture: architecture) }
        return number
    }

    /// A count that must be positive (sizes, heads, layers).
    func requiredPositive(_ key: String) throws(HFConfigError) -> Int {
        let number = try requiredInt(key)
        guard number > 0 else {
            throw .unsupportedValue(name(key), value: String(number), reason: "it must be a positive integer")
        }
        return number
    }

    func bool(_ key: String) throws(HFConfigError) -> Bool? {
        guard let value = raw(key) else { return nil }
        guard case .bool(let flag) = value else {
            throw .wrongType(name(key), expected: "true or false", found: Self.describe(value))
        }
        return flag
    }

    func string(_ key: String) throws(HFConfigError) -> String? {
        guard let value = raw(key) else { return nil }
        guard case .string(let text) = value else {
            throw .wrongType(name(key), expected: "a string", found: Self.describe(value))
        }
        return text
    }

    func ints(_ key: String) throws(HFConfigError) -> [Int]? {
        guard let value = raw(key) else { return nil }
        guard case .array(let items) = value else {
            throw .wrongType(name(key), expected: "a list of integers", found: Self.describe(value))
        }
        var numbers: [Int] = []
        for item in items {
            guard case .integer(let number) = item else {
                throw .wrongType(name(key), expected: "a list of integers", found: Self.describe(value))
            }
            numbers.append(number)
        }
        return numbers
    }

    func strings(_ key: String) throws(HFConfigError) -> [String]? {
        guard let value = raw(key) else { return nil }
        guard case .array(let items) = value else {
            throw .wrongType(name(key), expected: "a list of strings", found: Self.describe(value))
        }
        var texts: [String] = []
        for item in items {
            guard case .string(let text) = item else {
                throw .wrongType(name(key), expected: "a list of strings", found: Self.describe(value))
            }
            texts.append(text)
        }
        return texts
    }

    /// A nested object as its own accessor (field names in errors get the `parent.` prefix).
    func object(_ key: String) throws(HFConfigError) -> HFConfig? {
        guard let value = raw(key) else { return nil }
        guard case .object(let members) = value else {
            throw .wrongType(name(key), expected: "an object", found: Self.describe(value))
        }
        return HFConfig(
            fields: Dictionary(members, uniquingKeysWith: { first, _ in first }), architecture: architecture, prefix: name(key))
    }

    /// The value as it would be written in the file, for messages.
    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): return "the string \"\(text)\""
        case .integer, .number: return "the number \(value.serialized())"
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        case .array: return "a list"
        case .object: return "an object"
        }
    }
}
