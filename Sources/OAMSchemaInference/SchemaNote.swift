import OAMCore

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
