/// The first line of every registry file: the yaml-language-server modeline that points
/// editors at the kind's JSON Schema, so a contributor sees mistakes while typing.
extension DescriptorKind {
    /// The schema path relative to a file of this kind in the registry layout:
    /// accelerators and models sit two folders below the registry root, specs one.
    public var modelineSchemaPath: String {
        switch self {
        case .accelerator, .model: return "../../schema/\(schemaFileName)"
        case .moduleSpec: return "../schema/\(schemaFileName)"
        }
    }

    /// `# yaml-language-server: $schema=<relative path>`.
    public var modeline: String { Self.modelines[self]! }

    /// Every kind's modeline, made once: the schema-modeline rule compares every file's first
    /// line with it.
    private static let modelines: [DescriptorKind: String] = Dictionary(
        uniqueKeysWithValues: allCases.map { ($0, modelinePrefix + $0.modelineSchemaPath) })

    /// What a modeline starts with, up to the schema path.
    public static let modelinePrefix = "# yaml-language-server: $schema="
}
