import Foundation
import OAMAdapterAPI
import OAMRegistry
import YAMLReader

/// Fills in the modules a request names by id with their path and YAML text from the
/// registry, so a golden example written as `{"module": {"id": "amd/mi300x"}}` reaches
/// any adapter as a complete descriptor.
public struct ModuleResolver: Sendable {
    public let registry: Registry

    public init(registry: Registry) {
        self.registry = registry
    }

    /// Why a request could not be completed.
    public struct Unresolved: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// `module` with `path` and `source` filled in, when it names a registry id.
    public func resolve(_ module: ModuleSource) throws(Unresolved) -> ModuleSource {
        if module.source != nil { return module }
        guard let id = module.id else { throw Unresolved(description: "a module has neither an id nor a source") }
        guard let file = registry.file(for: id) else { throw Unresolved(description: "no module '\(id)' in the registry") }
        guard let text = Self.text(of: file.path) else {
            throw Unresolved(description: "cannot read \(file.path)")
        }
        return ModuleSource(id: file.descriptor?.id ?? id, path: file.path, source: text)
    }

    /// The registry's accelerators of `vendors` as module sources; every accelerator when
    /// `vendors` is empty (the generic adapter).
    public func modules(ofVendors vendors: [String]) -> [ModuleSource] {
        registry.files.compactMap { file -> ModuleSource? in
            guard case .accelerator(let a)? = file.descriptor, vendors.isEmpty || vendors.contains(a.vendor),
                let text = Self.text(of: file.path)
            else { return nil }
            return ModuleSource(id: a.id, path: file.path, source: text)
        }
    }

    /// A descriptor's text, read with the loader's size cap and file-type check.
    static func text(of path: String) -> String? {
        (try? FileReader.read(path, maxBytes: YAMLLimits.default.maxBytes)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The full request for a golden example, as the adapter for `vendors` receives it.
    public func request(for example: GoldenExample, vendors: [String]) throws(Unresolved) -> AdapterRequest {
        var params = example.params
        if let module = params.module { params.module = try resolve(module) }
        if example.method == .discover {
            if let modules = params.modules {
                params.modules = try modules.map { module throws(Unresolved) in try resolve(module) }
            } else {
                params.modules = modules(ofVendors: vendors)
            }
        }
        return AdapterRequest(method: example.method, params: params, host: HostIdentity.description)
    }
}
