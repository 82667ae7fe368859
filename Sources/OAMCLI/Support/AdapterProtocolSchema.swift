import OAMAdapterAPI
import OAMCore
import OAMSchemaInference

/// The JSON Schema of the out-of-tree adapter protocol — the only one — inferred from the
/// Codable request and response types of OAMAdapterAPI, with the descriptions, units and
/// patterns those types state as `SchemaDocumented` (Protocol/ProtocolDocumentation.swift).
/// One source of truth: a field added there appears here, and the freshness test fails
/// until `Registry/schema/` is regenerated.
///
/// What inference cannot see is stated here: the constant `protocol` field, the choice of
/// exactly one of `result` and `error`, and the schema of `JSONFragment` (any JSON), whose
/// `init(from:)` reads whatever it is given.
enum AdapterProtocolSchema {
    static func schema() throws -> JSONValue {
        var inference = CodableSchemaInference()
        inference.override(JSONFragment.self, schema: .object([("description", .string("Any JSON value."))]), sample: .null)
        let request = try inference.schema(for: AdapterRequest.self)
        let response = try inference.schema(for: AdapterResponse.self)
        var definitions = inference.definitions
        refine(&definitions, "AdapterRequest", property: "protocol", constant: AdapterProtocol.name)
        refine(&definitions, "AdapterResponse", property: "protocol", constant: AdapterProtocol.name)
        add(
            &definitions, "AdapterResponse",
            (
                "oneOf",
                .array([
                    .object([
                        ("required", .array([.string("result")])), ("not", .object([("required", .array([.string("error")]))])),
                    ]),
                    .object([
                        ("required", .array([.string("error")])), ("not", .object([("required", .array([.string("result")]))])),
                    ]),
                ])
            ))
        return .object([
            ("$schema", .string(JSONSchemaExport.draft)),
            ("title", .string("oam adapter protocol, version \(AdapterProtocol.version)")),
            (
                "description",
                .string(
                    "One JSON request on an out-of-tree adapter's standard input (oam-adapter-<vendor>), one JSON response on its standard output. Reference: Docs/adapters.md. Generated from the OAMAdapterAPI types by `oam schema adapter-protocol`."
                )
            ),
            ("oneOf", .array([request, response])),
            ("definitions", .object(definitions)),
        ])
    }

    /// Makes one property of a definition a constant, keeping its description.
    private static func refine(_ definitions: inout [(String, JSONValue)], _ name: String, property: String, constant: String) {
        guard let index = definitions.firstIndex(where: { $0.0 == name }), case .object(var members) = definitions[index].1,
            let propertiesIndex = members.firstIndex(where: { $0.0 == "properties" }),
            case .object(var properties) = members[propertiesIndex].1,
            let propertyIndex = properties.firstIndex(where: { $0.0 == property })
        else { return }
        var schema: [(String, JSONValue)] = []
        if case .object(let old) = properties[propertyIndex].1, let description = old.first(where: { $0.0 == "description" }) {
            schema.append(description)
        }
        schema.append(("const", .string(constant)))
        properties[propertyIndex].1 = .object(schema)
        members[propertiesIndex].1 = .object(properties)
        definitions[index].1 = .object(members)
    }

    /// Adds a member to a definition.
    private static func add(_ definitions: inout [(String, JSONValue)], _ name: String, _ member: (String, JSONValue)) {
        guard let index = definitions.firstIndex(where: { $0.0 == name }), case .object(var members) = definitions[index].1 else {
            return
        }
        members.append(member)
        definitions[index].1 = .object(members)
    }
}
