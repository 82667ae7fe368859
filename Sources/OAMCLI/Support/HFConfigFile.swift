import Foundation
import OAMRegistry

/// Reads and imports a HuggingFace `config.json` for the commands that take one
/// (`import-hf`, `new model --from-hf`, `fit`), with errors that name the file.
enum HFConfigFile {
    /// Largest config accepted, in bytes: real ones are a few KiB.
    static let maxBytes = 4 << 20

    static func load(_ path: String) throws -> ImportedModel {
        let text: String
        do {
            text = String(decoding: try FileReader.read(path, maxBytes: maxBytes), as: UTF8.self)
        } catch .tooLarge(let size) {
            throw CLIError.couldNotRun("\(path): file is \(size) bytes; a config.json is at most \(maxBytes) bytes")
        } catch {
            throw CLIError.couldNotRun("cannot read \(path): \(error)")
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
