/// Escaping of text and attribute values: `&`, `<`, `>`, `"` and `'` become character
/// references, which is safe both between tags and inside double-quoted attribute values.
public enum HTMLEscape {
    public static func append(_ text: String, to output: inout String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.unicodeScalars.append(scalar)
            }
        }
    }

    public static func escaped(_ text: String) -> String {
        var output = ""
        append(text, to: &output)
        return output
    }
}
