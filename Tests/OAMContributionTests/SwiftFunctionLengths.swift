/// The length of every function, initializer and subscript of a Swift source, from its
/// declaration line to the line of its closing brace. Braces are counted outside string
/// literals (single-line and `"""` multi-line, escapes included) and comments; that is all
/// it needs of Swift's grammar to hold the code to a line limit.
struct SwiftFunctionLengths {
    struct Function: Equatable {
        /// 1-based line of the declaration.
        var line: Int
        var lines: Int
    }

    private(set) var functions: [Function] = []

    init(_ source: String) {
        let raw = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var inMultilineString = false
        let code = raw.map { Self.code(of: $0, inMultilineString: &inMultilineString) }
        for (index, line) in code.enumerated() where Self.declares(line) {
            if let end = Self.closingLine(from: index, in: code) {
                functions.append(Function(line: index + 1, lines: end - index + 1))
            }
        }
    }

    /// Whether a line (code only) starts a function, initializer, deinitializer or subscript.
    static func declares(_ line: String) -> Bool {
        let modifiers: Set<Substring> = [
            "public", "private", "internal", "fileprivate", "open", "package", "static", "class", "mutating",
            "nonmutating", "override", "final", "nonisolated", "convenience", "required", "dynamic",
        ]
        var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })[...]
        while let word = words.first, modifiers.contains(word) || word.hasPrefix("@") || word.hasPrefix("private(") {
            words = words.dropFirst()
        }
        guard let word = words.first else { return false }
        return word == "func" || word == "deinit" || word.hasPrefix("init(") || word.hasPrefix("init<")
            || word.hasPrefix("init?(") || word.hasPrefix("init!(") || word.hasPrefix("subscript(")
            || word.hasPrefix("subscript<")
    }

    /// The index of the line whose `}` closes the body opened at or after `start`; nil for a
    /// declaration without a body (a protocol requirement: its scope closes first, or no body
    /// opens within 20 lines).
    static func closingLine(from start: Int, in code: [String]) -> Int? {
        var depth = 0
        var opened = false
        for index in start..<code.count {
            for character in code[index] {
                if character == "{" {
                    depth += 1
                    opened = true
                } else if character == "}" {
                    depth -= 1
                    // The enclosing scope closed first: a requirement without a body.
                    if !opened { return nil }
                }
            }
            if opened && depth <= 0 { return index }
            if !opened && index > start + 20 { return nil }
        }
        return nil
    }

    /// The line without its comments and the contents of its string literals.
    static func code(of line: String, inMultilineString: inout Bool) -> String {
        let characters = Array(line)
        var kept = ""
        var index = 0
        func starts(_ text: String) -> Bool { characters[index...].starts(with: Array(text)) }
        while index < characters.count {
            if inMultilineString {
                if starts("\"\"\"") {
                    inMultilineString = false
                    index += 3
                } else {
                    index += characters[index] == "\\" ? 2 : 1
                }
            } else if starts("\"\"\"") {
                inMultilineString = true
                index += 3
            } else if starts("//") {
                break
            } else if characters[index] == "\"" {
                index += 1
                while index < characters.count, characters[index] != "\"" { index += characters[index] == "\\" ? 2 : 1 }
                index += 1
            } else {
                kept.append(characters[index])
                index += 1
            }
        }
        return kept
    }
}
