/// Why a HuggingFace `config.json` could not be turned into a model architecture.
///
/// Every case says what is wrong, where, and what to do, so `oam import-hf` can print it
/// as is.
public enum HFConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text is not JSON (truncated, a stray comma…), with its 1-based position.
    case malformedJSON(message: String, line: Int, column: Int)
    /// The JSON is valid but not an object.
    case notAnObject
    /// `architectures` is absent or empty.
    case missingArchitectures(supported: [String])
    /// The first entry of `architectures` is not one the importer knows.
    case unsupportedArchitecture(String, supported: [String])
    /// A field the architecture needs is absent (or `null`).
    case missingField(String, architecture: String)
    /// A field holds the wrong kind of value.
    case wrongType(String, expected: String, found: String)
    /// A value the importer cannot represent (e.g. MoE layers that are not a tail of the
    /// stack), so the descriptor would count parameters wrongly.
    case unsupportedValue(String, value: String, reason: String)

    public var description: String {
        switch self {
        case .malformedJSON(let message, let line, let column):
            return "\(line):\(column): not valid JSON: \(message)"
        case .notAnObject:
            return "not a config.json: the top level must be a JSON object"
        case .missingArchitectures(let supported):
            return
                "missing field 'architectures' (a list such as [\"LlamaForCausalLM\"]); supported architectures: \(supported.joined(separator: ", "))"
        case .unsupportedArchitecture(let name, let supported):
            return "unsupported architecture '\(name)'; supported architectures: \(supported.joined(separator: ", "))"
        case .missingField(let field, let architecture):
            return "missing field '\(field)', which \(architecture) needs; add it as the model's config.json states it"
        case .wrongType(let field, let expected, let found):
            return "field '\(field)' must be \(expected), but is \(found)"
        case .unsupportedValue(let field, let value, let reason):
            return "field '\(field)' = \(value) is not supported: \(reason)"
        }
    }
}
