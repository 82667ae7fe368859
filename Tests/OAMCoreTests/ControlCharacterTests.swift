import OAMCore
import Testing

/// Control characters from data are escaped for every medium; printable text — Chinese,
/// accents, emoji — stays as written.
@Suite struct ControlCharacterTests {
    @Test func theControlSetIsC0DelC1AndBidi() {
        for value: UInt32 in [0x00, 0x07, 0x0A, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9F, 0x202A, 0x202E, 0x2066, 0x2069] {
            #expect(ControlCharacters.isControl(Unicode.Scalar(value)!), "U+\(String(value, radix: 16))")
        }
        for value: UInt32 in [0x20, 0x7E, 0xA0, 0x4E2D, 0x2029, 0x202F, 0x2065, 0x206A, 0x1F600] {
            #expect(!ControlCharacters.isControl(Unicode.Scalar(value)!), "U+\(String(value, radix: 16))")
        }
    }

    @Test func escapingIsVisibleAndKeepsPrintableText() {
        #expect(ControlCharacters.escaped("\u{1B}[2Jx") == "\\u{1B}[2Jx")
        #expect(ControlCharacters.escaped("a\u{202E}b") == "a\\u{202E}b")
        #expect(ControlCharacters.escaped("昇腾 910B é 😀") == "昇腾 910B é 😀")
        #expect(ControlCharacters.escaped("a\nb\tc", keeping: ["\n"]) == "a\nb\\u{9}c")
        #expect(ControlCharacters.escaped("a,b\r\nc\rd", keeping: ["\n"]) == "a,b\r\nc\\u{D}d")
        #expect(ControlCharacters.name("\u{1B}") == "U+001B")
    }

    /// The printable-ASCII fast path and the scalar check agree at every ASCII byte, so its
    /// edges (U+001F/U+0020, U+007E/U+007F) are the control set's.
    @Test func everyASCIICharacterIsEscapedExactlyWhenItIsAControl() {
        for value: UInt32 in 0...0x7F {
            let scalar = Unicode.Scalar(value)!
            let text = "a" + String(Character(scalar)) + "b"
            let escape = "a\\u{\(String(value, radix: 16, uppercase: true))}b"
            #expect(ControlCharacters.escaped(text) == (ControlCharacters.isControl(scalar) ? escape : text), "U+\(value)")
        }
    }

    /// A finding quoting data is one inert line, whatever the data held.
    @Test func diagnosticsEscapeTheDataTheyQuote() {
        let diagnostic = Diagnostic(
            severity: .error, ruleID: "unknown-key", message: "unknown key '\u{1B}[2J\nforged.yaml:1:1: error: x'",
            file: "a\u{7}.yaml", range: .fileStart, fix: "did you mean '\u{202E}x'?")
        #expect(!diagnostic.formatted.unicodeScalars.contains(where: ControlCharacters.isControl))
        #expect(diagnostic.formatted.contains("\\u{1B}[2J\\u{A}forged.yaml"))
    }

    /// JSON writes every control character as `\uXXXX`, bidi and C1 included.
    @Test func jsonEscapesEveryControlCharacter() {
        #expect(JSONValue.quote("a\u{202E}b\u{85}c\u{1B}") == "\"a\\u202eb\\u0085c\\u001b\"")
        #expect(JSONValue.quote("昇腾") == "\"昇腾\"")
    }
}
