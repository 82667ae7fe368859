/// Errors that end a command. `OAMSubcommand` prints them as `error: …` on standard error
/// and exits 2 (could not run). A query that cannot be answered throws `QueryError`, which
/// ends the command the same way.
enum CLIError: Error, CustomStringConvertible {
    /// The command could not do its job (missing registry, unreadable file…).
    case couldNotRun(String)

    var description: String {
        switch self {
        case .couldNotRun(let message): return message
        }
    }
}
