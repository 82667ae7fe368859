/// JSON Schemas (draft-07) of the descriptor kinds, generated from the `ObjectSchema`
/// values the validator walks, so editors and independent validators accept what
/// `oam validate` accepts at the schema level.
///
/// The schema can only express the shape of a file: cross-field rules (sparse below
/// dense, evidence coverage, spec conformance…) stay with `oam validate`. Where YAML typing
/// differs from ours, the schema follows what the validator accepts: a free-text field
/// also takes a plain number (`version: 1.5` reads as text), a date also takes a bare year.
public enum JSONSchemaExport {
    /// The `$schema` of every generated schema.
    public static let draft = "http://json-schema.org/draft-07/schema#"

    /// The schema of one descriptor kind, as committed under `Registry/schema/`.
    public static func schema(for kind: DescriptorKind) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("$schema", .string(draft)),
            ("title", .string("oam \(kind.rawValue) descriptor")),
        ]
        members += object(kind.schema, kind: kind)
        return .object(members)
    }

    /// The JSON Schema members of a mapping: every field a property, required fields
    /// listed, vendor blocks as `^x-` pattern properties, nothing else allowed.
    static func object(_ schema: ObjectSchema, kind: DescriptorKind? = nil) -> [(String, JSONValue)] {
        var properties: [(String, JSONValue)] = []
        for field in schema.fields {
            if let kind, field.name == "kind" {
                properties.append(
                    (field.name, .object([("description", .string(field.summary)), ("const", .string(kind.rawValue))])))
            } else {
                properties.append((field.name, described(field.type, field.summary)))
            }
        }
        var members: [(String, JSONValue)] = [
            ("description", .string(schema.summary)),
            ("type", .string("object")),
        ]
        let required = schema.fields.filter(\.required).map(\.name)
        if !required.isEmpty { members.append(("required", .array(required.map(JSONValue.string)))) }
        members.append(("properties", .object(properties)))
        if schema.allowsVendorBlocks {
            members.append(
                (
                    "patternProperties",
                    .object([
                        (
                            vendorBlockPattern,
                            .object([
                                (
                                    "description",
                                    .string("A vendor block x-<vendor>: checked by that vendor's adapter, not by this schema.")
                                )
                            ])
                        )
                    ])
                ))
        }
        members.append(("additionalProperties", .bool(false)))
        return members
    }

    /// Keys of vendor blocks: `x-` and at least one more character, as the walker accepts.
    public static let vendorBlockPattern = "^x-."

    /// A type's schema with a description in front.
    static func described(_ type: ValueType, _ summary: String) -> JSONValue {
        var members: [(String, JSONValue)] = [("description", .string(summary))]
        members += self.members(of: type).filter { $0.0 != "description" }
        return .object(members)
    }

    /// The JSON Schema of a value type.
    public static func schema(of type: ValueType) -> JSONValue {
        .object(members(of: type))
    }

    static func members(of type: ValueType) -> [(String, JSONValue)] {
        switch type {
        case .text:
            // The validator reads any scalar as text; YAML turns `1.5` into a number.
            return [("type", .array([.string("string"), .string("number"), .string("boolean")]))]
        case .formatted(let format):
            let text: [(String, JSONValue)] = [("type", .string("string")), ("pattern", .string(format.pattern))]
            if format == .date {
                // A bare year is a YAML integer.
                return [
                    (
                        "anyOf",
                        .array([
                            .object(text),
                            .object([
                                ("type", .string("integer")), ("minimum", .integer(PartialDate.years.lowerBound)),
                                ("maximum", .integer(PartialDate.years.upperBound)),
                            ]),
                        ])
                    )
                ]
            }
            return text
        case .integer(let range):
            var members: [(String, JSONValue)] = [("type", .string("integer")), ("minimum", .integer(range.lowerBound))]
            if range.upperBound != Int.max { members.append(("maximum", .integer(range.upperBound))) }
            return members
        case .number(let range):
            return [("type", .string("number")), ("minimum", .number(range.lowerBound)), ("maximum", .number(range.upperBound))]
        case .boolean:
            return [("type", .string("boolean"))]
        case .quantity(let dimensions):
            return [
                ("type", .string("string")),
                ("pattern", .string(quantityPattern(dimensions))),
                ("examples", .array(dimensions.map { .string(example(of: $0)) })),
            ]
        case .oneOf(let values):
            return [("enum", .array(values.map(JSONValue.string)))]
        case .orUnknown(let inner):
            return [("anyOf", .array([schema(of: inner), .object([("const", .string("unknown"))])]))]
        case .list(let element):
            return [("type", .string("array")), ("items", schema(of: element))]
        case .object(let schema):
            return object(schema)
        case .map(let keys, let values):
            switch keys {
            case .oneOf(let allowed):
                // Every key spelled out, so editors complete them.
                return [
                    ("type", .string("object")),
                    ("properties", .object(allowed.map { ($0, schema(of: values)) })),
                    ("additionalProperties", .bool(false)),
                ]
            case .formatted(let format):
                return [
                    ("type", .string("object")),
                    ("propertyNames", .object([("pattern", .string(format.pattern))])),
                    ("additionalProperties", schema(of: values)),
                ]
            }
        }
    }

    /// A regular expression for quantity text with a unit of one of `dimensions`, the same
    /// text `QuantityParser` accepts: an unsigned decimal number (optionally with an
    /// exponent of up to four digits), optional spaces, and a unit symbol (case-sensitive).
    public static func quantityPattern(_ dimensions: [Dimension]) -> String {
        let symbols = QuantityUnit.all.filter { dimensions.contains($0.dimension) }.map(\.symbol)
        let alternatives = symbols.sorted { ($0.count, $0) > ($1.count, $1) }.map(escaped).joined(separator: "|")
        return #"^ *\+?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]{1,4})? *("# + alternatives + #") *$"#
    }

    /// A typical value of a dimension, for editor hints and scaffolds.
    public static func example(of dimension: Dimension) -> String {
        switch dimension {
        case .bytes: return "192 GiB"
        case .bandwidth: return "5.3 TB/s"
        case .flops: return "1307.4 TFLOPS"
        case .ops: return "2614.9 TOPS"
        case .power: return "750 W"
        case .voltage: return "54 V"
        case .length: return "102 mm"
        }
    }

    private static func escaped(_ symbol: String) -> String {
        var out = ""
        for character in symbol {
            if "\\^$.|?*+()[]{}".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
