import Foundation
import OAMCore
import OAMQuery
import OAMRegistry

/// Where `oam fit` takes its model from: a registry id or alias, a model descriptor file,
/// or a HuggingFace config.json.
enum FitModelSource {
    /// `id` names the model of a config.json (`--id ORG/NAME`); without it the id comes from
    /// the file's name (`ORG__NAME.json`, or the folder of a `config.json`).
    static func load(_ name: String, id: String?, registry: Registry) throws -> ModelDescriptor {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: name, isDirectory: &isDirectory), !isDirectory.boolValue {
            return try file(name, id: id, registry: registry)
        }
        if id != nil { throw CLIError.couldNotRun("--id names the model of a config.json file; \(name) is not one") }
        if registry.model(name) == nil, name.hasSuffix(".json") || name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            throw CLIError.couldNotRun("\(name): no such file")
        }
        return try DescriptorLookup.model(name, in: registry)
    }

    /// A descriptor file inside the registry was read with it, so it is taken from there
    /// rather than read a second time.
    private static func file(_ path: String, id: String?, registry: Registry) throws -> ModelDescriptor {
        if path.hasSuffix(".json") {
            let imported = try HFConfigFile.load(path)
            let base = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            let derived =
                base == "config"
                ? URL(fileURLWithPath: path).deletingLastPathComponent().lastPathComponent
                : base.replacingOccurrences(of: "__", with: "/")
            return ConfigModel.descriptor(imported, id: id ?? derived)
        }
        if id != nil { throw CLIError.couldNotRun("--id names the model of a config.json file; \(path) is a descriptor") }
        let named = StandardizedPathSet([path])
        let file =
            registry.files.first { named.contains($0.path) }
            ?? RegistryLoader.loadFile(path)
        let errors = file.loadDiagnostics.filter { $0.severity == .error }
        if !errors.isEmpty {
            throw CLIError.couldNotRun(
                errors.map { "\(path):\($0.range.start.line):\($0.range.start.column): \($0.message)" }.joined(separator: "\n"))
        }
        guard case .model(let model)? = file.descriptor else {
            throw CLIError.couldNotRun("\(path): not a model descriptor (kind: model)")
        }
        return model
    }
}
