import OAMCore

/// Why a query could not be answered. The CLI and the HTTP API decode into the same query
/// types and so fail with the same cases and messages; each front end maps a case to its
/// own outcome (a usage error or exit 2 on the command line, an HTTP status in the API).
public enum QueryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A parameter whose value is malformed, out of range, or does not go with the others.
    /// `parameter` is the long option name without dashes (`batch`), which is also the
    /// HTTP query parameter's name.
    case invalidParameter(parameter: String, message: String)
    /// A name no descriptor answers to, with the closest ids, best first.
    case notFound(name: String, kind: DescriptorKind?, suggestions: [String])
    /// A name several descriptors answer to or contain (`昇腾`), with their ids, best first.
    case ambiguous(name: String, kind: DescriptorKind?, candidates: [String])
    /// A posted document (a config.json, a descriptor) that cannot be read; the 1-based
    /// position of the fault when it has one.
    case invalidDocument(String, line: Int?, column: Int?)
    /// The question is well formed but cannot be answered from this input (a model whose
    /// shape cannot be sized, a registry without accelerators).
    case unanswerable(String)

    public var description: String {
        switch self {
        case .invalidParameter(_, let message):
            return message
        case .notFound(let name, _, let suggestions):
            var text = "no descriptor '\(name)' in the registry"
            if !suggestions.isEmpty { text += "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?" }
            return text + " (`oam list` shows every id)"
        case .ambiguous(let name, _, let candidates):
            return "'\(name)' names \(candidates.count) descriptors: " + candidates.joined(separator: ", ")
                + "; give one of these ids or a longer name"
        case .invalidDocument(let message, let line, let column):
            guard let line, let column else { return message }
            return "\(line):\(column): \(message)"
        case .unanswerable(let message):
            return message
        }
    }
}
