import Testing
import YAMLReader

/// The tree the reader builds: text kept as written, start and end positions.
@Suite struct YAMLReaderTreeTests {
    @Test func keepsTextWithoutTypeGuessing() throws {
        let root = try #require(try YAMLReader.parse("country: NO\nversion: 1.10\nswitch: on\nempty:\n").root)
        #expect(root["country"]?.scalar?.text == "NO")
        #expect(root["version"]?.scalar?.text == "1.10")
        #expect(root["switch"]?.scalar?.text == "on")
        #expect(root["empty"]?.scalar?.isNull == true)
    }

    @Test func keepsStartAndEndOfKeysAndValues() throws {
        let root = try #require(try YAMLReader.parse("memory:\n  capacity: 192 GiB\n").root)
        let entry = try #require(root["memory"]?.entry("capacity"))
        #expect(entry.keyStart == YAMLMark(line: 2, column: 3))
        #expect(entry.keyEnd == YAMLMark(line: 2, column: 11))
        #expect(entry.value.start == YAMLMark(line: 2, column: 13))
        #expect(entry.value.end == YAMLMark(line: 2, column: 20))
    }

    @Test func columnsCountUnicodeScalars() throws {
        let root = try #require(try YAMLReader.parse("名前: 昇腾\nx: 1\n").root)
        #expect(root["名前"]?.start == YAMLMark(line: 1, column: 5))
    }

    @Test func quotedStylesAreRecorded() throws {
        let root = try #require(try YAMLReader.parse("a: 'x'\nb: \"y\"\nc: |\n  z\n").root)
        #expect(root["a"]?.scalar?.style == .singleQuoted)
        #expect(root["b"]?.scalar?.style == .doubleQuoted)
        #expect(root["c"]?.scalar?.style == .literal)
        #expect(root["c"]?.scalar?.text == "z\n")
    }

    @Test func pathLookupWalksMappingsAndSequences() throws {
        let root = try #require(try YAMLReader.parse("a:\n  b: [x, {c: 3}]\n").root)
        #expect(root.node(at: "a.b.1.c")?.scalar?.text == "3")
        #expect(root.node(at: "a.b.2") == nil)
    }

    @Test func emptyInputHasNoRoot() throws {
        #expect(try YAMLReader.parse("").root == nil)
        #expect(try YAMLReader.parse("# only a comment\n").root == nil)
    }

    @Test func countsNodes() throws {
        // mapping, key, sequence, two items: keys count too, since they cost memory as well.
        #expect(try YAMLReader.parse("a: [1, 2]\n").nodeCount == 5)
    }
}
