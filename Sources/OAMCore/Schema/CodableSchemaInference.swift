/// Infers a JSON Schema (draft-07) from `Decodable` types by decoding each one with a
/// probing decoder that records which keys it asks for, which it asks for only if
/// present, and what type each holds.
///
/// Why: the adapter protocol is defined by its Codable request and response types; a
/// schema written by hand would drift from them, one inferred from them cannot. What the
/// types cannot say — what a member means, its unit, a pattern or minimum their decoding
/// does not check — a type states by conforming to `SchemaDocumented`, and the inference
/// merges it in. Limits: a type whose `init(from:)` checks values (a `String` enum that is
/// not `CaseIterable`, a parsed string) or recurses needs an `override` giving its schema
/// and a sample value, and the probe says which type when one is missing.
public struct CodableSchemaInference {
    /// Why a type could not be probed.
    public struct Failure: Error, CustomStringConvertible {
        public var type: String
        public var reason: String
        public var description: String { "cannot infer a schema for \(type): \(reason)" }
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
            if let documented = type as? any SchemaDocumented.Type {
                try Self.document(node, by: documented, name: Self.name(of: type))
            }
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
                throw Failure(type: name, reason: "it contains itself; add an override for it")
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
            throw Failure(
                type: Self.name(of: type),
                reason: "its init(from:) refused the probe's stand-in values (\(error)); add an override for it")
        }
        self = decoder.inference
        if let documented = type as? any SchemaDocumented.Type {
            try Self.document(node, by: documented, name: names[id] ?? Self.name(of: type))
        }
        if case .keyed = node.shape {
            let name = names[id] ?? uniqueName(for: type)
            names[id] = name
            if !definitions.contains(where: { $0.0 == name }) { definitions.append((name, node.schema)) }
            node.shape = .fixed(.object([("$ref", .string("#/definitions/\(name)"))]))
        }
        return value
    }

    /// Attaches a type's documentation to the node probed for it: its description, and
    /// each member's note to that member. A note for a member the type does not decode, or
    /// for the elements of a member that is not an array, is a mistake in the
    /// documentation and fails the inference.
    static func document(_ node: ProbeNode, by type: any SchemaDocumented.Type, name: String) throws {
        node.description = type.schemaDescription
        let notes = type.schemaMembers
        guard !notes.isEmpty else { return }
        guard case .keyed(let properties) = node.shape else {
            throw Failure(
                type: name,
                reason:
                    "its schemaMembers name members (\(notes.keys.sorted().joined(separator: ", "))) but it does not decode as an object"
            )
        }
        for key in notes.keys.sorted() {
            let note = notes[key]!
            guard let member = properties.first(where: { $0.key == key })?.node else {
                throw Failure(type: name, reason: "its schemaMembers document '\(key)', a member it does not decode")
            }
            member.note = note
            if let items = note.items {
                guard case .unkeyed(let element) = member.shape else {
                    throw Failure(
                        type: name, reason: "its schemaMembers document the elements of '\(key)', which is not an array")
                }
                element.note = items
            }
        }
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
            if let text = raw as? String {
                values.append(.string(text))
            } else if let number = raw as? Int {
                values.append(.integer(number))
            } else {
                return nil
            }
        }
        return (.object([("enum", .array(values))]), first)
    }
}

/// A Codable type that documents its JSON form for the schemas `CodableSchemaInference`
/// infers from it: what a value is, and per member what it means (with its unit) and what
/// decoding does not check (a pattern, a minimum, a URI format). The documentation of a
/// protocol lives next to its types, so the schema cannot lose it when a member changes:
/// a note for a member the type no longer decodes fails the inference.
public protocol SchemaDocumented {
    /// The `description` of the type's schema: of its definition for an object, of its
    /// `enum` for a `CaseIterable` enum (say what each value means).
    static var schemaDescription: String { get }
    /// Notes on members, by coding key; the note's description replaces the description
    /// of the member's type.
    static var schemaMembers: [String: SchemaNote] { get }
}

extension SchemaDocumented {
    public static var schemaMembers: [String: SchemaNote] { [:] }
}

/// What the schema of one member gains beyond what inference sees.
public struct SchemaNote: Sendable, Hashable {
    /// What the member means, with its unit.
    public var description: String?
    /// A regular expression a string member matches.
    public var pattern: String?
    /// A JSON Schema `format` of a string member, e.g. `uri`.
    public var format: String?
    /// The least value of a number or integer member.
    public var minimum: Int?
    /// The fewest elements of an array member.
    public var minItems: Int?
    private var elements: [SchemaNote]

    /// For an array member: what the schema of each element gains.
    public var items: SchemaNote? { elements.first }

    public init(
        _ description: String? = nil, pattern: String? = nil, format: String? = nil, minimum: Int? = nil, minItems: Int? = nil,
        items: SchemaNote? = nil
    ) {
        self.description = description
        self.pattern = pattern
        self.format = format
        self.minimum = minimum
        self.minItems = minItems
        self.elements = items.map { [$0] } ?? []
    }

    /// `schema` with the note merged in: the description first, then the inferred members,
    /// then the constraints. A `$ref` is wrapped in `allOf`, since draft-07 ignores the
    /// siblings of a `$ref`.
    func applied(to schema: JSONValue) -> JSONValue {
        guard case .object(var members) = schema else { return schema }
        if members.contains(where: { $0.0 == "$ref" }) { members = [("allOf", .array([schema]))] }
        var result: [(String, JSONValue)] = []
        if let description { result.append(("description", .string(description))) }
        result += members.filter { description == nil || $0.0 != "description" }
        if let minItems { result.append(("minItems", .integer(minItems))) }
        if let minimum { result.append(("minimum", .integer(minimum))) }
        if let pattern { result.append(("pattern", .string(pattern))) }
        if let format { result.append(("format", .string(format))) }
        return .object(result)
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
    /// The description of the value's type (`SchemaDocumented`).
    var description: String?
    /// What the containing type says about this member (`SchemaDocumented`).
    var note: SchemaNote?

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
        note.map { $0.applied(to: bareSchema) } ?? bareSchema
    }

    /// The schema without the member's note.
    private var bareSchema: JSONValue {
        switch shape {
        case .unknown:
            return described(.object([]))
        case .fixed(let schema):
            return described(schema)
        case .keyed(let properties):
            var members: [(String, JSONValue)] = []
            if let description { members.append(("description", .string(description))) }
            members.append(("type", .string("object")))
            let required = properties.filter(\.required).map { JSONValue.string($0.key) }
            if !required.isEmpty { members.append(("required", .array(required))) }
            members.append(("properties", .object(properties.map { ($0.key, $0.node.schema) })))
            members.append(("additionalProperties", .bool(false)))
            return .object(members)
        case .unkeyed(let element):
            return described(.object([("type", .string("array")), ("items", element.schema)]))
        }
    }

    /// `schema` with the type's description in front, unless it is a `$ref` (whose
    /// definition carries it) or has one.
    private func described(_ schema: JSONValue) -> JSONValue {
        guard let description, case .object(let members) = schema,
            !members.contains(where: { $0.0 == "$ref" || $0.0 == "description" })
        else { return schema }
        return .object([("description", .string(description))] + members)
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

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<
        NestedKey
    > {
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

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey>
    {
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
