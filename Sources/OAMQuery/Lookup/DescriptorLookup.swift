import OAMCore
import OAMRegistry

/// Ids and aliases resolved against the loaded registry, with did-you-mean when nothing
/// answers. Names are only ever looked up in the registry's index, never joined into a
/// path, so a request cannot reach a file by naming it.
public enum DescriptorLookup {
    /// Any descriptor by id or alias.
    public static func descriptor(_ name: String, in registry: Registry) throws(QueryError) -> Descriptor {
        guard let descriptor = registry.descriptor(for: name) else {
            throw .notFound(name: name, kind: nil, suggestions: registry.suggestions(for: name))
        }
        return descriptor
    }

    /// An accelerator by id or alias.
    public static func accelerator(_ name: String, in registry: Registry) throws(QueryError) -> AcceleratorDescriptor {
        guard let accelerator = registry.accelerator(name) else {
            throw .notFound(name: name, kind: .accelerator, suggestions: registry.suggestions(for: name, kind: .accelerator))
        }
        return accelerator
    }

    /// A model by id or alias.
    public static func model(_ name: String, in registry: Registry) throws(QueryError) -> ModelDescriptor {
        guard let model = registry.model(name) else {
            throw .notFound(name: name, kind: .model, suggestions: registry.suggestions(for: name, kind: .model))
        }
        return model
    }
}
