import OAMCore

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
