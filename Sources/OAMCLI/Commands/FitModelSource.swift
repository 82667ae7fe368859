import Foundation
import OAMCore
import OAMQuery
import OAMRegistry

/// Where `oam fit` takes its model from: a registry id or alias, a model descriptor file,
/// or a HuggingFace config.json.
enum FitModelSource {
    static func load(_ name: String, registry: Registry) throws -> ModelDescriptor {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: name, isDirectory: &isDirectory), !isDirectory.boolValue {
            return try file(name)
        }
        if registry.model(name) == nil, name.hasSuffix(".json") || name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            throw CLIError.couldNotRun("\(name): no such file")
        }
        return try DescriptorLookup.model(name, in: registry)
    }

    private static func file(_ path: String) throws -> ModelDescriptor {
        if path.hasSuffix(".json") {
            let imported = try HFConfigFile.load(path)
            let base = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            let id =
                base == "config"
                ? URL(fileURLWithPath: path).deletingLastPathComponent().lastPathComponent
                : base.replacingOccurrences(of: "__", with: "/")
            var model = ModelDescriptor(
                id: id.lowercased(), name: id, architecture: imported.architecture, checkpoint: imported.checkpoint)
            model.hfRepo = id.contains("/") ? id : nil
            return model
        }
        let file = RegistryLoader.loadFile(path)
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
