import YAMLReader

/// Characters that must never reach a terminal, a table or a report raw from data: C0
/// controls (U+0000–U+001F), DEL, C1 controls (U+0080–U+009F) and the bidirectional
/// embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). An escape
/// sequence clears a screen or forges a diagnostic line; a bidi override makes text read
/// differently from what it is (CVE-2021-42574). Every other character — Chinese, accents,
/// emoji — is printable and stays as written.
public enum ControlCharacters {
    /// Whether `scalar` is one of the characters above.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// The first control character in `text`, if any.
    public static func first(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: isControl)
    }

    /// `U+001B` for messages.
    public static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `text` with every control character except those in `keeping` written as a visible
    /// escape (`\u{1B}`), so it prints as one inert line on any medium. When a line feed is
    /// kept, so is a carriage return right before one: `\r\n` is a line ending (CSV's), a
    /// lone `\r` would overwrite a terminal line.
    public static func escaped(_ text: String, keeping: Set<Unicode.Scalar> = []) -> String {
        // Most text has no byte a control character could start with: answered from the
        // contiguous UTF-8 bytes, a word at a time, before any scalar is decoded (escaping was
        // 11 % of validating a file with 76,000 findings).
        var bytes = text
        guard bytes.withUTF8(ControlScan.mayHoldControl) else { return text }
        guard text.unicodeScalars.contains(where: { isControl($0) && !keeping.contains($0) }) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            let lineEnding = scalar == "\r" && keeping.contains("\n") && index + 1 < scalars.count && scalars[index + 1] == "\n"
            if isControl(scalar) && !keeping.contains(scalar) && !lineEnding {
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
