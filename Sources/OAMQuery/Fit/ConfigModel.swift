import OAMCore
import OAMRegistry

/// A model sized straight from a HuggingFace `config.json` (`oam fit config.json --id ORG/NAME`,
/// `POST /api/v1/fit?id=ORG/NAME`), without a registry descriptor.
public enum ConfigModel {
    /// The model descriptor for an imported config under the HuggingFace repo id `id`.
    public static func descriptor(_ imported: ImportedModel, id: String) -> ModelDescriptor {
        var model = ModelDescriptor(
            id: id.lowercased(), name: id, architecture: imported.architecture, checkpoint: imported.checkpoint)
        model.hfRepo = id.contains("/") ? id : nil
        return model
    }

    /// Imports a posted config.json; a malformed one is refused with its line and column.
    public static func descriptor(configText: String, id: String) throws(QueryError) -> ModelDescriptor {
        try validate(id: id)
        do {
            return descriptor(try HFConfigImporter().importConfig(configText), id: id)
        } catch .malformedJSON(let message, let line, let column) {
            throw .invalidDocument("not valid JSON: \(message)", line: line, column: column)
        } catch {
            throw .invalidDocument("\(error)", line: nil, column: nil)
        }
    }

    /// `ORG/NAME`, as HuggingFace repo ids are written.
    public static func validate(id: String) throws(QueryError) {
        let parts = id.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && !$0.contains(where: \.isWhitespace) }) else {
            throw .invalidParameter(parameter: "id", message: "--id: '\(id)' is not a HuggingFace repo id ORG/NAME")
        }
    }
}
