import OAMCore
import OAMRegistry

/// Ids, product names and aliases resolved against the loaded registry (`Registry.resolve`:
/// compared by `NameKey`, so `MTT S4000`, `mtt-s4000` and `ＭＴＴ　Ｓ４０００` are one name), with the
/// candidates when several descriptors answer and did-you-mean when none does. Names are only
/// ever looked up in the registry's index, never joined into a path, so a request cannot reach a
/// file by naming it.
public enum DescriptorLookup {
    /// Any descriptor by id, name or alias.
    public static func descriptor(_ name: String, in registry: Registry) throws(QueryError) -> Descriptor {
        try resolve(name, kind: nil, in: registry)
    }

    /// An accelerator by id, name or alias.
    public static func accelerator(_ name: String, in registry: Registry) throws(QueryError) -> AcceleratorDescriptor {
        guard case .accelerator(let accelerator) = try resolve(name, kind: .accelerator, in: registry) else {
            throw .notFound(name: name, kind: .accelerator, suggestions: [])
        }
        return accelerator
    }

    /// A model by id, name or alias.
    public static func model(_ name: String, in registry: Registry) throws(QueryError) -> ModelDescriptor {
        guard case .model(let model) = try resolve(name, kind: .model, in: registry) else {
            throw .notFound(name: name, kind: .model, suggestions: [])
        }
        return model
    }

    /// The one descriptor of `kind` (any when nil) that `name` leads to.
    private static func resolve(_ name: String, kind: DescriptorKind?, in registry: Registry) throws(QueryError) -> Descriptor {
        switch registry.resolve(name, kind: kind) {
        case .found(let file):
            guard let descriptor = file.descriptor else { throw .notFound(name: name, kind: kind, suggestions: []) }
            return descriptor
        case .ambiguous(let candidates):
            throw .ambiguous(name: name, kind: kind, candidates: candidates)
        case .notFound:
            throw .notFound(name: name, kind: kind, suggestions: registry.suggestions(for: name, kind: kind))
        }
    }
}
