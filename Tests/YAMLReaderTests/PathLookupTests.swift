import Testing
import YAMLReader

/// `YAMLNode.node(at:)` compares an ASCII path's components with the keys' bytes in place
/// (`KeyText.equals`), and compares as Swift strings (canonical equivalence) whenever bytes
/// cannot decide; both must find exactly what a string comparison finds.
@Suite struct PathLookupTests {
    @Test func bytesDecideOnlyForExactlyTheSameBytes() {
        let name = Array("memory".utf8)
        name.withUnsafeBufferPointer { bytes in
            #expect(KeyText.equals("memory", bytes: bytes))
            // Same length, one byte apart; and a prefix.
            #expect(!KeyText.equals("memorz", bytes: bytes))
            #expect(!KeyText.equals("memor", bytes: bytes))
            #expect(!KeyText.equals("memory ", bytes: bytes))
        }
    }

    @Test func keysOfTheSameLengthAreToldApartByTheirBytes() throws {
        let root = try #require(try YAMLReader.parse("ab: 1\nac: 2\nad: {x: 3}\n").root)
        #expect(root.node(at: "ac")?.scalar?.text == "2")
        #expect(root.node(at: "ad.x")?.scalar?.text == "3")
        #expect(root.node(at: "ae") == nil)
        #expect(root.node(at: "ad.y") == nil)
    }

    /// "K" is one of the three ASCII characters that a non-ASCII one (U+212A KELVIN SIGN)
    /// decomposes to, so a component holding it is compared as a string: the key written
    /// with the Kelvin sign is canonically the same key.
    @Test func aComponentWhoseBytesDoNotDecideComparesCanonically() throws {
        let root = try #require(try YAMLReader.parse("\u{212A}ey:\n  inner: 7\n").root)
        #expect(root.node(at: "Key.inner")?.scalar?.text == "7")
        #expect(root.node(at: "Kex.inner") == nil)
    }

    @Test func sequenceIndexesReadAsNumbers() throws {
        let root = try #require(try YAMLReader.parse("ids: [a, b, c]\n").root)
        #expect(root.node(at: "ids.2")?.scalar?.text == "c")
        #expect(root.node(at: "ids.3") == nil)
        #expect(root.node(at: "ids.x") == nil)
    }
}
