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
