/// Infers a JSON Schema (draft-07) from `Decodable` types by decoding each one with a
/// probing decoder that records which keys it asks for, which it asks for only if
/// present, and what type each holds.
///
/// Why: the adapter protocol is defined by its Codable request and response types; a
/// schema written by hand would drift from them, one inferred from them cannot. Limits: a
/// type whose `init(from:)` checks values (a `String` enum that is not `CaseIterable`, a
/// parsed string) or recurses needs an `override` giving its schema and a sample value,
/// and the probe says which type when one is missing.
public struct CodableSchemaInference {
    /// Why a type could not be probed.
    public struct Failure: Error, CustomStringConvertible {
        public var type: String
        public var reason: String
        public var description: String { "cannot infer a schema for \(type): \(reason); add an override for it" }
    }

    /// Named object schemas, in the order they were first met.
    public private(set) var definitions: [(String, JSONValue)] = []
    private var overrides: [ObjectIdentifier: (schema: JSONValue, sample: Any)] = [:]
    private var names: [ObjectIdentifier: String] = [:]
    private var inProgress: Set<ObjectIdentifier> = []

    public init() {}

    /// Uses `schema` for `type` instead of probing it; `sample` is what the probe returns
    /// for it while probing the types that contain it.
    public mutating func override<T>(_ type: T.Type, schema: JSONValue, sample: T) {
        overrides[ObjectIdentifier(type)] = (schema, sample)
    }

    /// The schema of `type`: a `$ref` into `definitions` for keyed types, inline otherwise.
    public mutating func schema<T: Decodable>(for type: T.Type) throws -> JSONValue {
        let node = ProbeNode()
        _ = try probe(type, into: node)
        return node.schema
    }

    /// `definitions` as a JSON object.
    public var definitionsJSON: JSONValue { .object(definitions) }

    /// Decodes a stand-in value of `type`, recording its shape into `node`.
    mutating func probe<T: Decodable>(_ type: T.Type, into node: ProbeNode) throws -> T {
        let id = ObjectIdentifier(type)
        if let override = overrides[id] {
            node.shape = .fixed(override.schema)
            return override.sample as! T
        }
        if let primitive = Self.primitive(type) {
            node.shape = .fixed(primitive.schema)
            return primitive.sample as! T
        }
        if let iterable = type as? any CaseIterable.Type, let enumeration = Self.enumeration(iterable) {
            node.shape = .fixed(enumeration.schema)
            return enumeration.sample as! T
        }
        if let dictionary = type as? any ProbeStringKeyedDictionary.Type {
            let values = ProbeNode()
            _ = try probeOpened(dictionary.probeValueType, into: values)
            node.shape = .fixed(.object([("type", .string("object")), ("additionalProperties", values.schema)]))
            return dictionary.probeEmpty as! T
        }
        if let name = names[id] {
            node.shape = .fixed(.object([("$ref", .string("#/definitions/\(name)"))]))
            if inProgress.contains(id) {
                throw Failure(type: name, reason: "it contains itself")
            }
        }
        inProgress.insert(id)
        defer { inProgress.remove(id) }
        let decoder = ProbeDecoder(node: node, inference: self)
        let value: T
        do {
            value = try T(from: decoder)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(type: Self.name(of: type), reason: "its init(from:) refused the probe's stand-in values (\(error))")
        }
        self = decoder.inference
        if case .keyed = node.shape {
            let name = names[id] ?? uniqueName(for: type)
            names[id] = name
            if !definitions.contains(where: { $0.0 == name }) { definitions.append((name, node.schema)) }
            node.shape = .fixed(.object([("$ref", .string("#/definitions/\(name)"))]))
        }
        return value
    }

    private mutating func probeOpened<V: Decodable>(_ type: V.Type, into node: ProbeNode) throws -> V {
        try probe(type, into: node)
    }

    private func uniqueName<T>(for type: T.Type) -> String {
        let base = Self.name(of: type)
        var name = base
        var counter = 2
        while definitions.contains(where: { $0.0 == name }) {
            name = "\(base)\(counter)"
            counter += 1
        }
        return name
    }

    /// `Reported<Double>` → `Reported_Double`: the type's own name, generic arguments
    /// joined with `_` (a second type of the same name gets a number).
    static func name<T>(of type: T.Type) -> String {
        var out = ""
        for character in String(describing: type) {
            switch character {
            case "<", ",": out.append("_")
            case ">", " ": break
            default: out.append(character)
            }
        }
        return out
    }

    static func primitive(_ type: Any.Type) -> (schema: JSONValue, sample: Any)? {
        func typed(_ name: String) -> JSONValue { .object([("type", .string(name))]) }
        switch type {
        case is String.Type: return (typed("string"), "")
        case is Bool.Type: return (typed("boolean"), false)
        case is Double.Type: return (typed("number"), 0.0)
        case is Float.Type: return (typed("number"), Float(0))
        case is Int.Type: return (typed("integer"), 0)
        case is Int8.Type: return (typed("integer"), Int8(0))
        case is Int16.Type: return (typed("integer"), Int16(0))
        case is Int32.Type: return (typed("integer"), Int32(0))
        case is Int64.Type: return (typed("integer"), Int64(0))
        case is UInt.Type: return (.object([("type", .string("integer")), ("minimum", .integer(0))]), UInt(0))
        case is UInt8.Type: return (.object([("type", .string("integer")), ("minimum", .integer(0))]), UInt8(0))
        case is UInt16.Type: return (.object([("type", .string("integer")), ("minimum", .integer(0))]), UInt16(0))
        case is UInt32.Type: return (.object([("type", .string("integer")), ("minimum", .integer(0))]), UInt32(0))
        case is UInt64.Type: return (.object([("type", .string("integer")), ("minimum", .integer(0))]), UInt64(0))
        default: return nil
        }
    }

    /// An enum with raw values: `enum` of its raw values, and its first case as the sample.
    static func enumeration<C: CaseIterable>(_ type: C.Type) -> (schema: JSONValue, sample: Any)? {
        let cases = Array(type.allCases)
        guard let first = cases.first else { return nil }
        var values: [JSONValue] = []
        for value in cases {
            guard let raw = (value as? any RawRepresentable)?.rawValue else { return nil }
            if let text = raw as? String { values.append(.string(text)) } else if let number = raw as? Int { values.append(.integer(number)) } else { return nil }
        }
        return (.object([("enum", .array(values))]), first)
    }
}

/// `[String: Value]`, which decodes through a keyed container whose keys the probe cannot
/// know: probed as an object of `Value`s.
protocol ProbeStringKeyedDictionary {
    static var probeValueType: any Decodable.Type { get }
    static var probeEmpty: Any { get }
}

extension Dictionary: ProbeStringKeyedDictionary where Key == String, Value: Decodable {
    static var probeValueType: any Decodable.Type { Value.self }
    static var probeEmpty: Any { [String: Value]() }
}

/// What the probe learned about one value.
final class ProbeNode {
    enum Shape {
        case unknown
        case fixed(JSONValue)
        case keyed([(key: String, node: ProbeNode, required: Bool)])
        case unkeyed(ProbeNode)
    }

    var shape: Shape = .unknown

    func property(_ key: String) -> ProbeNode {
        var properties: [(key: String, node: ProbeNode, required: Bool)] = []
        if case .keyed(let existing) = shape { properties = existing }
        if let found = properties.first(where: { $0.key == key }) { return found.node }
        let node = ProbeNode()
        properties.append((key, node, true))
        shape = .keyed(properties)
        return node
    }

    func markOptional(_ key: String) {
        _ = property(key)
        guard case .keyed(var properties) = shape, let index = properties.firstIndex(where: { $0.key == key }) else { return }
        properties[index].required = false
        shape = .keyed(properties)
    }

    var schema: JSONValue {
        switch shape {
        case .unknown:
            return .object([])
        case .fixed(let schema):
            return schema
        case .keyed(let properties):
            var members: [(String, JSONValue)] = [("type", .string("object"))]
            let required = properties.filter(\.required).map { JSONValue.string($0.key) }
            if !required.isEmpty { members.append(("required", .array(required))) }
            members.append(("properties", .object(properties.map { ($0.key, $0.node.schema) })))
            members.append(("additionalProperties", .bool(false)))
            return .object(members)
        case .unkeyed(let element):
            return .object([("type", .string("array")), ("items", element.schema)])
        }
    }
}

/// The decoder handed to `init(from:)`: every container records into its node.
final class ProbeDecoder: Decoder {
    let node: ProbeNode
    var inference: CodableSchemaInference
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    init(node: ProbeNode, inference: CodableSchemaInference) {
        self.node = node
        self.inference = inference
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        if case .keyed = node.shape {} else { node.shape = .keyed([]) }
        return KeyedDecodingContainer(ProbeKeyedContainer<Key>(decoder: self, node: node))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let element = ProbeNode()
        node.shape = .unkeyed(element)
        return ProbeUnkeyedContainer(decoder: self, element: element)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        ProbeSingleValueContainer(decoder: self, node: node)
    }

    func decode<T: Decodable>(_ type: T.Type, into node: ProbeNode) throws -> T {
        try inference.probe(type, into: node)
    }
}

struct ProbeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: ProbeDecoder
    let node: ProbeNode
    var codingPath: [any CodingKey] { decoder.codingPath }
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool { true }

    /// Only `decodeIfPresent` asks whether a value is null: the key is optional.
    func decodeNil(forKey key: Key) throws -> Bool {
        node.markOptional(key.stringValue)
        return false
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try decoder.decode(type, into: node.property(key.stringValue))
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        let child = node.property(key.stringValue)
        child.shape = .keyed([])
        return KeyedDecodingContainer(ProbeKeyedContainer<NestedKey>(decoder: decoder, node: child))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        let element = ProbeNode()
        node.property(key.stringValue).shape = .unkeyed(element)
        return ProbeUnkeyedContainer(decoder: decoder, element: element)
    }

    func superDecoder() throws -> any Decoder { decoder }
    func superDecoder(forKey key: Key) throws -> any Decoder {
        ProbeDecoder(node: node.property(key.stringValue), inference: decoder.inference)
    }
}

/// Claims one element, so `Array.init(from:)` probes the element type once.
struct ProbeUnkeyedContainer: UnkeyedDecodingContainer {
    let decoder: ProbeDecoder
    let element: ProbeNode
    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { 1 }
    var currentIndex = 0
    var isAtEnd: Bool { currentIndex >= 1 }

    init(decoder: ProbeDecoder, element: ProbeNode) {
        self.decoder = decoder
        self.element = element
    }

    mutating func decodeNil() throws -> Bool { false }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        currentIndex += 1
        return try decoder.decode(type, into: element)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        currentIndex += 1
        element.shape = .keyed([])
        return KeyedDecodingContainer(ProbeKeyedContainer<NestedKey>(decoder: decoder, node: element))
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        currentIndex += 1
        let inner = ProbeNode()
        element.shape = .unkeyed(inner)
        return ProbeUnkeyedContainer(decoder: decoder, element: inner)
    }

    mutating func superDecoder() throws -> any Decoder { decoder }
}

struct ProbeSingleValueContainer: SingleValueDecodingContainer {
    let decoder: ProbeDecoder
    let node: ProbeNode
    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool { false }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try decoder.decode(type, into: node)
    }
}
