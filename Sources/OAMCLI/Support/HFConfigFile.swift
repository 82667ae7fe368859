import OAMRegistry

/// Reads and imports a HuggingFace `config.json` for the commands that take one
/// (`import-hf`, `new model --from-hf`, `fit`), with errors that name the file.
enum HFConfigFile {
    static func load(_ path: String) throws -> ImportedModel {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw CLIError.couldNotRun("cannot read \(path): \(error.localizedDescription)")
        }
        do {
            return try HFConfigImporter().importConfig(text)
        } catch {
            // Malformed JSON carries its own line:column; other errors point at the file.
            if case .malformedJSON = error { throw CLIError.couldNotRun("\(path):\(error)") }
            throw CLIError.couldNotRun("\(path): \(error)")
        }
    }
}

import Foundation
