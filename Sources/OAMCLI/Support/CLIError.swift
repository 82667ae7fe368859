/// Errors that end a command. `OAMSubcommand` prints them as `error: …` on standard error
/// and exits 2 (could not run).
enum CLIError: Error, CustomStringConvertible {
    /// The command could not do its job (missing registry, unreadable file…).
    case couldNotRun(String)
    /// A name nobody answers to, with the closest names.
    case notFound(String, suggestions: [String])

    var description: String {
        switch self {
        case .couldNotRun(let message):
            return message
        case .notFound(let name, let suggestions):
            var text = "no descriptor '\(name)' in the registry"
            if !suggestions.isEmpty { text += "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?" }
            return text + " (`oam list` shows every id)"
        }
    }
}
