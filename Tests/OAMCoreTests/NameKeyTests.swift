import Foundation
import OAMCore
import Testing

/// The one normaliser every name lookup and the unique-alias rule share.
@Suite struct NameKeyTests {
    @Test(arguments: [
        ("MTT S4000", "mtts4000"),
        ("mtt-s4000", "mtts4000"),
        // Full-width letters, digits and the ideographic space become plain ones under NFKC.
        ("ＭＴＴ　Ｓ４０００", "mtts4000"),
        ("Gaudi 3", "gaudi3"),
        ("gaudi-3", "gaudi3"),
        ("H100 SXM", "h100sxm"),
        ("h100_sxm", "h100sxm"),
        // Han characters are letters: kept, with the spacing around them dropped.
        ("昇腾 910B", "昇腾910b"),
        ("摩尔线程 MTT S4000", "摩尔线程mtts4000"),
        // Case folding, not only lowercasing: ß folds to ss.
        ("STRASSE", "strasse"),
        ("Straße", "strasse"),
        // Compatibility forms: the ligature ﬁ and the Roman numeral Ⅻ spell out.
        ("ﬁ", "fi"),
        ("Ⅻ", "xii"),
        ("amd/mi300x", "amdmi300x"),
    ])
    func normalisesTheWaysPeopleWriteANameToOneKey(_ name: String, _ key: String) {
        #expect(NameKey.normalised(name) == key)
    }

    /// Every printable ASCII character alone: the ASCII shortcut keeps exactly the letters
    /// (lower-cased) and digits, as the Unicode path (NFKC, case folding, letters and digits)
    /// does; `A` → `a`, `z` → `z`, `7` → `7`, `-` → ``.
    @Test func asciiCharactersKeyAsTheUnicodeRulesSay() {
        for value in UInt8(0x20)...UInt8(0x7E) {
            let character = Character(Unicode.Scalar(value))
            let expected: String
            switch character {
            case "A"..."Z": expected = character.lowercased()
            case "a"..."z", "0"..."9": expected = String(character)
            default: expected = ""
            }
            #expect(NameKey.normalised(String(character)) == expected, "\(character)")
            // The same character next to a non-ASCII one takes the Unicode path.
            #expect(NameKey.normalised(String(character) + "é") == expected + "é", "\(character)")
        }
    }

    /// Every CJK Unified Ideograph (U+4E00–U+9FFF) between ASCII letters, digits and
    /// punctuation: the shortcut gives what the Unicode rules give, written out here as the
    /// reference (NFKC, case folding, NFKC, letters and digits kept).
    @Test func hanCharactersKeyAsTheUnicodeRulesSay() {
        func reference(_ name: String) -> String {
            let folded = name.precomposedStringWithCompatibilityMapping
                .folding(options: [.caseInsensitive], locale: nil)
                .precomposedStringWithCompatibilityMapping
            return String(
                String.UnicodeScalarView(
                    folded.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }))
        }
        var wrong: [String] = []
        for value in UInt32(0x4E00)...0x9FFF {
            let name = "A-9 " + String(Unicode.Scalar(value)!) + "b"
            if NameKey.normalised(name) != reference(name) { wrong.append(String(value, radix: 16)) }
        }
        #expect(wrong.isEmpty)
        #expect(NameKey.normalised("平頭哥 PPU") == "平頭哥ppu")
    }

    @Test func punctuationOnlyGivesAnEmptyKey() {
        #expect(NameKey.normalised(" -_/.·、") == "")
    }

    @Test func theKeyIsStable() {
        for name in ["ＭＴＴ　Ｓ４０００", "Straße", "昇腾910B", "ﬁ"] {
            let once = NameKey.normalised(name)
            #expect(NameKey.normalised(once) == once)
        }
    }
}
