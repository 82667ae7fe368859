import OAMCore
import Testing

/// PCI ids, covered paths, non-finite quantities and split paths are read over UTF-8 bytes in place
/// (they run for every figure of every file); each must answer exactly as the character
/// comparison it replaced, which these tests spell out as the reference.
@Suite struct ByteComparisonTests {
    /// The comparison `FieldPath.isAncestor` made over characters before it read bytes.
    static func characterIsAncestor(_ ancestor: String, of path: String) -> Bool {
        path == ancestor
            || (path.hasPrefix(ancestor) && path.utf8.count > ancestor.utf8.count
                && path.utf8[path.utf8.index(path.utf8.startIndex, offsetBy: ancestor.utf8.count)] == UInt8(ascii: "."))
    }

    @Test(arguments: [
        ("memory", "memory.capacity", true), ("memory", "memory", true), ("memory", "memory_type", false),
        ("memory.capacity", "memory", false), ("memory", "memorx.capacity", false), ("", "", true), ("", ".a", true),
        ("", "a", false), ("peak_dense", "peak_dense.bf16", true), ("a.b", "a.b.c.d", true),
        // One character spelt two ways (U+212A KELVIN SIGN is canonically 'K'; é composed and
        // not), and a combining mark that joins the last letter: the characters decide (a
        // prefix spelt in fewer bytes is not followed by its dot at the byte offset checked).
        ("K", "\u{212A}.x", false), ("\u{212A}", "K", true), ("caf\u{E9}", "cafe\u{301}.x", false),
        ("cafe\u{301}", "caf\u{E9}", true),
        ("cafe", "cafe\u{301}.x", false), ("memory", "memory\u{301}.x", false), ("mémoire", "mémoire.x", true),
    ])
    func coveredPathsCompareAsCharacters(ancestor: String, path: String, expected: Bool) {
        #expect(Self.characterIsAncestor(ancestor, of: path) == expected)
        #expect(FieldPath.isAncestor(ancestor, of: path) == expected)
    }

    /// Exactly four lower-case hexadecimal digits on each side of one colon: nine bytes.
    @Test func pciIDsAreNineASCIIBytes() {
        #expect(PCIID("10de:2330") == PCIID(vendor: 0x10de, device: 0x2330))
        #expect(PCIID("0000:ffff") == PCIID(vendor: 0, device: 0xffff))
        for refused in [
            "10DE:2330", "10de-2330", "10de:233", "10de:23300", "10de::330", ":10de2330", "10de:233g", "１０de:2330",
            "10de:2330 ", "", "10de2330:",
        ] {
            #expect(PCIID(refused) == nil, "\(refused)")
        }
    }

    /// `nan` and `inf` in any case, after an optional dot, are refused as not finite; a
    /// word that only starts like them is not a number.
    @Test func nonFiniteWordsAreRefused() {
        for text in ["nan GB", "NaN GB", ".inf GB", ".INF TB/s", "+inf W", "infinity GB", "Infinity W"] {
            #expect(QuantityParser.parse(text, expecting: []) == .failure(.notFinite), "\(text)")
        }
        #expect(QuantityParser.parse("in GB", expecting: []) == .failure(.notANumber("in GB")))
        #expect(QuantityParser.parse(".n GB", expecting: []) == .failure(.notANumber(".n GB")))
    }

    /// Paths and ids split on `/` and `\` as the character split does, with and without
    /// the empty pieces; a slash followed by a combining mark is one character, no separator.
    @Test(arguments: [
        "a/b", "/a//b/", "", "/", "a\\b/c", "accelerators/acme/x1.yaml", "é/x", "a/\u{301}b", "平/x/", "a\r\n/b",
    ])
    func splitsAsCharacters(text: String) {
        for omittingEmpty in [true, false] {
            let reference = text.split(omittingEmptySubsequences: omittingEmpty) { $0 == "/" || $0 == "\\" }.map(String.init)
            #expect(
                TextSplit.split(text, on: [UInt8(ascii: "/"), UInt8(ascii: "\\")], omittingEmpty: omittingEmpty) == reference)
        }
    }
}
