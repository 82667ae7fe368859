/// Splits a command line the way a shell would for simple cases: whitespace separates
/// words, single and double quotes group, backslash escapes the next character.
enum AdapterCommandLine {
    static func split(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var hasWord = false
        var quote: Character?
        var escaped = false
        for character in text {
            if escaped {
                current.append(character)
                escaped = false
                hasWord = true
                continue
            }
            if character == "\\" && quote != "'" {
                escaped = true
                continue
            }
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
                continue
            }
            if character == "'" || character == "\"" {
                quote = character
                hasWord = true
                continue
            }
            if character.isWhitespace {
                if hasWord {
                    words.append(current)
                    current = ""
                    hasWord = false
                }
                continue
            }
            current.append(character)
            hasWord = true
        }
        if hasWord { words.append(current) }
        return words
    }
}
