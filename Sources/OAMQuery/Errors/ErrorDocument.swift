import OAMCore

/// The one error shape of the HTTP API, which `--format json` on the command line prints
/// too: `{"error": {"code", "message", "parameter"?, "suggestions"?, "line"?, "column"?}}`.
public struct ErrorDocument: Sendable, Equatable {
    public var code: ErrorCode
    public var message: String
    /// The query parameter (long option name) at fault, when one is.
    public var parameter: String?
    /// Closest ids for a name nobody answers to, best first.
    public var suggestions: [String]
    /// 1-based line and column in a posted body, when the error has a position.
    public var line: Int?
    public var column: Int?

    public init(
        code: ErrorCode, message: String, parameter: String? = nil, suggestions: [String] = [], line: Int? = nil,
        column: Int? = nil
    ) {
        self.code = code
        self.message = message
        self.parameter = parameter
        self.suggestions = suggestions
        self.line = line
        self.column = column
    }

    public init(_ error: QueryError) {
        switch error {
        case .invalidParameter(let parameter, _):
            self.init(code: .invalidParameter, message: error.description, parameter: parameter)
        case .notFound(_, _, let suggestions):
            self.init(code: .notFound, message: error.description, suggestions: suggestions)
        case .ambiguous(_, _, let candidates):
            self.init(code: .ambiguous, message: error.description, suggestions: candidates)
        case .invalidDocument(let message, let line, let column):
            self.init(code: .invalidBody, message: message, line: line, column: column)
        case .unanswerable:
            self.init(code: .unanswerable, message: error.description)
        }
    }

    public var json: JSONValue {
        var members: [(String, JSONValue)] = [("code", .string(code.rawValue)), ("message", .string(message))]
        if let parameter { members.append(("parameter", .string(parameter))) }
        if !suggestions.isEmpty { members.append(("suggestions", .array(suggestions.map(JSONValue.string)))) }
        if let line { members.append(("line", .integer(line))) }
        if let column { members.append(("column", .integer(column))) }
        return .object([("error", .object(members))])
    }
}
