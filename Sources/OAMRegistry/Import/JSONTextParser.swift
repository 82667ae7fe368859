import OAMCore

/// A strict RFC 8259 JSON parser that reports where the text goes wrong.
///
/// Foundation's `JSONSerialization` says only "Unexpected end of file" for a truncated
/// file and bridges `1.0` to `true`; a `config.json` someone pasted half of deserves a
/// line and column, and `1e-05` must never read as a bool. Objects keep their key order;
/// a key written twice is an error (HF configs never repeat keys, and the last-one-wins
/// rule of most parsers would silently pick a value).
public struct JSONTextParser {
    /// Why the text is not JSON, and where (1-based line and column, in Unicode scalars).
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public var message: String
        public var line: Int
        public var column: Int

        public init(message: String, line: Int, column: Int) {
            self.message = message
            self.line = line
            self.column = column
        }

        public var description: String { "\(line):\(column): \(message)" }
    }

    /// Deepest nesting accepted; configs nest three or four levels.
    public static let maxDepth = 64

    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var column = 1

    private init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// Parses one JSON value that fills the whole text (surrounding whitespace allowed).
    public static func parse(_ text: String) throws(Failure) -> JSONValue {
        try parse(text, depth: 0)
    }

    /// Parses a value that sits `depth` levels deep in a larger text (a bundle's descriptor
    /// read on its own is at depth 2), so that the nesting limit counts from the top of the
    /// larger text.
    static func parse(_ text: String, depth: Int) throws(Failure) -> JSONValue {
        var parser = JSONTextParser(text)
        if parser.scalars.first == "\u{FEFF}" { parser.index = 1 }
        parser.skipWhitespace()
        if parser.atEnd { throw parser.failure("the file is empty; expected a JSON object") }
        let value = try parser.value(depth: depth)
        parser.skipWhitespace()
        if !parser.atEnd { throw parser.failure("unexpected \(parser.describeCurrent()) after the end of the JSON value") }
        return value
    }

    private var atEnd: Bool { index >= scalars.count }

    private func failure(_ message: String) -> Failure {
        Failure(message: message, line: line, column: column)
    }

    private func describeCurrent() -> String {
        guard !atEnd else { return "end of file" }
        let scalar = scalars[index]
        if scalar == "\n" { return "line break" }
        return "'\(Character(scalar))'"
    }

    private mutating func advance() {
        if scalars[index] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    private mutating func skipWhitespace() {
        while !atEnd, [" ", "\t", "\n", "\r"].contains(scalars[index]) { advance() }
    }

    private mutating func expect(_ scalar: Unicode.Scalar, _ context: String) throws(Failure) {
        guard !atEnd else { throw failure("unexpected end of file: expected '\(scalar)' \(context); the file looks truncated") }
        guard scalars[index] == scalar else { throw failure("expected '\(scalar)' \(context), found \(describeCurrent())") }
        advance()
    }

    private mutating func value(depth: Int) throws(Failure) -> JSONValue {
        guard depth < Self.maxDepth else { throw failure("nesting deeper than \(Self.maxDepth) levels") }
        guard !atEnd else { throw failure("unexpected end of file: expected a value; the file looks truncated") }
        switch scalars[index] {
        case "{": return try object(depth: depth)
        case "[": return try array(depth: depth)
        case "\"": return .string(try string())
        case "t":
            try literal("true")
            return .bool(true)
        case "f":
            try literal("false")
            return .bool(false)
        case "n":
            try literal("null")
            return .null
        case "-", "0"..."9": return try number()
        default:
            throw failure("expected a value (object, array, string, number, true, false or null), found \(describeCurrent())")
        }
    }

    private mutating func literal(_ word: String) throws(Failure) {
        let start = failure("")
        for expected in word.unicodeScalars {
            guard !atEnd else {
                throw Failure(
                    message: "unexpected end of file inside '\(word)'; the file looks truncated", line: start.line,
                    column: start.column)
            }
            guard scalars[index] == expected else {
                throw Failure(message: "invalid literal: expected '\(word)'", line: start.line, column: start.column)
            }
            advance()
        }
    }

    private mutating func object(depth: Int) throws(Failure) -> JSONValue {
        let open = failure("")
        advance()
        var members: [(String, JSONValue)] = []
        var seen: Set<String> = []
        skipWhitespace()
        if !atEnd, scalars[index] == "}" {
            advance()
            return .object([])
        }
        while true {
            skipWhitespace()
            guard !atEnd else {
                throw Failure(
                    message:
                        "unexpected end of file: the object opened at \(open.line):\(open.column) is not closed; the file looks truncated",
                    line: line, column: column)
            }
            guard scalars[index] == "\"" else { throw failure("expected a quoted key, found \(describeCurrent())") }
            let keyPosition = failure("")
            let key = try string()
            if !seen.insert(key).inserted {
                throw Failure(message: "duplicate key '\(key)'", line: keyPosition.line, column: keyPosition.column)
            }
            skipWhitespace()
            try expect(":", "after the key '\(key)'")
            skipWhitespace()
            members.append((key, try value(depth: depth + 1)))
            skipWhitespace()
            guard !atEnd else {
                throw Failure(
                    message:
                        "unexpected end of file: the object opened at \(open.line):\(open.column) is not closed; the file looks truncated",
                    line: line, column: column)
            }
            if scalars[index] == "," {
                advance()
                continue
            }
            if scalars[index] == "}" {
                advance()
                return .object(members)
            }
            throw failure("expected ',' or '}' after the value of '\(key)', found \(describeCurrent())")
        }
    }

    private mutating func array(depth: Int) throws(Failure) -> JSONValue {
        let open = failure("")
        advance()
        var items: [JSONValue] = []
        skipWhitespace()
        if !atEnd, scalars[index] == "]" {
            advance()
            return .array([])
        }
        while true {
            skipWhitespace()
            items.append(try value(depth: depth + 1))
            skipWhitespace()
            guard !atEnd else {
                throw Failure(
                    message:
                        "unexpected end of file: the array opened at \(open.line):\(open.column) is not closed; the file looks truncated",
                    line: line, column: column)
            }
            if scalars[index] == "," {
                advance()
                continue
            }
            if scalars[index] == "]" {
                advance()
                return .array(items)
            }
            throw failure("expected ',' or ']' in the array, found \(describeCurrent())")
        }
    }

    private mutating func string() throws(Failure) -> String {
        let open = failure("")
        advance()
        var text = String.UnicodeScalarView()
        while true {
            guard !atEnd else {
                throw Failure(
                    message:
                        "unexpected end of file: the string opened at \(open.line):\(open.column) is not closed; the file looks truncated",
                    line: line, column: column)
            }
            let scalar = scalars[index]
            if scalar == "\"" {
                advance()
                return String(text)
            }
            if scalar.value < 0x20 { throw failure("control character in a string (escape it, e.g. \\n)") }
            if scalar != "\\" {
                text.append(scalar)
                advance()
                continue
            }
            advance()
            guard !atEnd else { throw failure("unexpected end of file in an escape sequence; the file looks truncated") }
            let escape = scalars[index]
            advance()
            switch escape {
            case "\"": text.append("\"")
            case "\\": text.append("\\")
            case "/": text.append("/")
            case "b": text.append("\u{08}")
            case "f": text.append("\u{0C}")
            case "n": text.append("\n")
            case "r": text.append("\r")
            case "t": text.append("\t")
            case "u":
                var code = try hex4()
                if (0xD800...0xDBFF).contains(code) {
                    // A high surrogate must be followed by an escaped low surrogate.
                    guard index + 1 < scalars.count, scalars[index] == "\\", scalars[index + 1] == "u" else {
                        throw failure("unpaired surrogate in \\u escape")
                    }
                    advance()
                    advance()
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw failure("unpaired surrogate in \\u escape") }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let decoded = Unicode.Scalar(code) else { throw failure("invalid \\u escape") }
                text.append(decoded)
            default:
                throw failure("invalid escape '\\\(Character(escape))' in a string")
            }
        }
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard !atEnd else { throw failure("unexpected end of file in a \\u escape; the file looks truncated") }
            guard scalars[index].isASCII, let digit = UInt32(String(scalars[index]), radix: 16) else {
                throw failure("expected four hex digits after \\u")
            }
            code = code * 16 + digit
            advance()
        }
        return code
    }

    /// Integers stay `.integer` (so 128256 is never a float); anything with a fraction or
    /// exponent is `.number`.
    private mutating func number() throws(Failure) -> JSONValue {
        let start = failure("")
        var text = ""
        func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
        if scalars[index] == "-" {
            text.append("-")
            advance()
        }
        guard !atEnd, isDigit(scalars[index]) else { throw failure("expected a digit in the number") }
        if scalars[index] == "0" {
            text.append("0")
            advance()
            if !atEnd, isDigit(scalars[index]) { throw failure("leading zeros are not allowed in JSON numbers") }
        } else {
            while !atEnd, isDigit(scalars[index]) {
                text.unicodeScalars.append(scalars[index])
                advance()
            }
        }
        var isInteger = true
        if !atEnd, scalars[index] == "." {
            isInteger = false
            text.append(".")
            advance()
            guard !atEnd, isDigit(scalars[index]) else { throw failure("expected a digit after the decimal point") }
            while !atEnd, isDigit(scalars[index]) {
                text.unicodeScalars.append(scalars[index])
                advance()
            }
        }
        if !atEnd, scalars[index] == "e" || scalars[index] == "E" {
            isInteger = false
            text.append("e")
            advance()
            if !atEnd, scalars[index] == "+" || scalars[index] == "-" {
                text.unicodeScalars.append(scalars[index])
                advance()
            }
            guard !atEnd, isDigit(scalars[index]) else { throw failure("expected a digit in the exponent") }
            while !atEnd, isDigit(scalars[index]) {
                text.unicodeScalars.append(scalars[index])
                advance()
            }
        }
        if isInteger, let value = Int(text) { return .integer(value) }
        guard let value = Double(text), value.isFinite else {
            throw Failure(message: "number '\(text)' is out of range", line: start.line, column: start.column)
        }
        return .number(value)
    }
}
