import OAMCore

/// What rules may look at besides the file in hand: the whole registry and indexes into it.
public struct ValidationContext: Sendable {
    public let registry: Registry
    /// Module specs by id and by family (a family maps to all its versions).
    public let specsByID: [String: ModuleSpecDescriptor]
    public let specsByFamily: [String: [ModuleSpecDescriptor]]

    public init(registry: Registry) {
        self.registry = registry
        var byID: [String: ModuleSpecDescriptor] = [:]
        var byFamily: [String: [ModuleSpecDescriptor]] = [:]
        for spec in registry.moduleSpecs {
            byID[spec.id] = spec
            byFamily[spec.family, default: []].append(spec)
        }
        self.specsByID = byID
        self.specsByFamily = byFamily
    }

    /// The specs an accelerator's `conforms_to` names: one version, or every version of a
    /// family when the claim names only the family.
    public func specs(named name: String) -> [ModuleSpecDescriptor] {
        if let spec = specsByID[name] { return [spec] }
        return specsByFamily[name] ?? []
    }
}

extension ValidationContext {
    /// The context of a rule that reads its file alone while files are still loading
    /// (`Validator.loadAndValidate`): no files, no specs. Only `RegistryContextRule`s read
    /// the context, and they run after the load.
    public static let withoutRegistry = ValidationContext(registry: Registry(files: []))
}
