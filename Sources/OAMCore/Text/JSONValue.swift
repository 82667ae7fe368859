import Foundation

/// A JSON value that keeps object keys in the order they were added, so every JSON the
/// tool prints is stable and reads in a sensible order.
public indirect enum JSONValue: Sendable, Hashable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case null

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(serialized())
    }

    /// A number, or `null` for `nil`.
    public static func number(_ value: Double?) -> JSONValue {
        guard let value else { return .null }
        if value.rounded() == value, abs(value) < 9.0e15 { return .integer(Int(value)) }
        return .number(value)
    }

    /// Text, or `null` for `nil`.
    public static func string(_ value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }

    /// The value serialised; `pretty` indents by two spaces.
    public func serialized(pretty: Bool = false) -> String {
        var output = ""
        write(to: &output, pretty: pretty, indent: 0)
        return output
    }

    private func write(to output: inout String, pretty: Bool, indent: Int) {
        let newline = pretty ? "\n" : ""
        let pad = pretty ? String(repeating: "  ", count: indent + 1) : ""
        let closePad = pretty ? String(repeating: "  ", count: indent) : ""
        switch self {
        case .object(let members):
            if members.isEmpty {
                output += "{}"
                return
            }
            output += "{" + newline
            for (index, (key, value)) in members.enumerated() {
                output += pad + Self.quote(key) + (pretty ? ": " : ":")
                value.write(to: &output, pretty: pretty, indent: indent + 1)
                output += (index < members.count - 1 ? "," : "") + newline
            }
            output += closePad + "}"
        case .array(let items):
            if items.isEmpty {
                output += "[]"
                return
            }
            output += "[" + newline
            for (index, item) in items.enumerated() {
                output += pad
                item.write(to: &output, pretty: pretty, indent: indent + 1)
                output += (index < items.count - 1 ? "," : "") + newline
            }
            output += closePad + "]"
        case .string(let text):
            output += Self.quote(text)
        case .number(let value):
            output += value.isFinite ? Self.format(value) : "null"
        case .integer(let value):
            output += String(value)
        case .bool(let value):
            output += value ? "true" : "false"
        case .null:
            output += "null"
        }
    }

    /// Shortest round-tripping decimal form.
    static func format(_ value: Double) -> String {
        var text = "\(value)"
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    /// `text` as a double-quoted JSON string. YAML's double-quoted style accepts exactly
    /// these escapes, so YAML writers use it too. Every control character
    /// (`ControlCharacters`: C0, DEL, C1, bidi controls) is written as `\uXXXX`, so the
    /// text stays inert wherever the JSON is shown.
    public static func quote(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if ControlCharacters.isControl(scalar) {
                    output += String(format: "\\u%04x", scalar.value)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }
}
