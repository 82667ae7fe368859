/// The kinds of descriptor the registry holds; the value of every file's `kind:`.
public enum DescriptorKind: String, Sendable, Hashable, Codable, CaseIterable {
    case accelerator
    case model
    case moduleSpec = "module-spec"

    /// The schema of this kind's top-level mapping.
    public var schema: ObjectSchema {
        switch self {
        case .accelerator: return Schemas.accelerator
        case .model: return Schemas.model
        case .moduleSpec: return Schemas.moduleSpec
        }
    }

    /// The registry folder this kind lives in.
    public var folder: String {
        switch self {
        case .accelerator: return "accelerators"
        case .model: return "models"
        case .moduleSpec: return "specs"
        }
    }

    /// The schema file name under `Registry/schema/`.
    public var schemaFileName: String { "\(rawValue).schema.json" }
}
