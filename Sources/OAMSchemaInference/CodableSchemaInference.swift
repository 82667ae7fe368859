import OAMCore

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
