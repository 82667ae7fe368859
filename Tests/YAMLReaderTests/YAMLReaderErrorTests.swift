import Testing
import YAMLReader

/// The exact position and kind of every class of error the reader refuses.
@Suite struct YAMLReaderErrorTests {
    func error(_ text: String, limits: YAMLLimits = .default) -> YAMLError? {
        do {
            _ = try YAMLReader.parse(text, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    @Test func anchorIsRefusedAtTheAnchor() throws {
        let e = try #require(error("a: 1\nb: &x\n  c: 2\n"))
        #expect(e.kind == .anchorOrAlias)
        #expect(e.mark == YAMLMark(line: 2, column: 4))
    }

    @Test func aliasIsRefusedAtTheAlias() throws {
        let e = try #require(error("a: 1\nb: *x\n"))
        #expect(e.kind == .anchorOrAlias)
        #expect(e.mark == YAMLMark(line: 2, column: 4))
    }

    @Test func mergeKeyIsRefused() throws {
        let e = try #require(error("a:\n  <<: {b: 1}\n"))
        #expect(e.kind == .anchorOrAlias)
        #expect(e.mark == YAMLMark(line: 2, column: 3))
    }

    @Test func quotedMergeKeyIsAnOrdinaryKey() throws {
        let doc = try YAMLReader.parse("a:\n  \"<<\": 1\n")
        #expect(doc.root?["a"]?["<<"]?.scalar?.text == "1")
    }

    @Test func duplicateKeyPointsAtTheSecondAndNamesTheFirst() throws {
        let e = try #require(error("a: 1\nb: 2\na: 3\n"))
        #expect(e.kind == .duplicateKey)
        #expect(e.mark == YAMLMark(line: 3, column: 1))
        #expect(e.message.contains("line 1, column 1"))
    }

    @Test func duplicateKeysCompareOnText() throws {
        let e = try #require(error("1: a\n\"1\": b\n"))
        #expect(e.kind == .duplicateKey)
        #expect(e.mark == YAMLMark(line: 2, column: 1))
    }

    @Test func duplicateKeysInLargeMappingsAreFoundThroughTheIndex() throws {
        let keys = (0..<100).map { "k\($0): v" }.joined(separator: "\n")
        let e = try #require(error(keys + "\nk42: again\n"))
        #expect(e.kind == .duplicateKey)
        #expect(e.mark == YAMLMark(line: 101, column: 1))
        #expect(e.message.contains("line 43"))
    }

    @Test func secondDocumentIsRefused() throws {
        let e = try #require(error("a: 1\n---\nb: 2\n"))
        #expect(e.kind == .multipleDocuments)
        #expect(e.mark == YAMLMark(line: 2, column: 1))
    }

    @Test func explicitTagIsRefused() throws {
        let e = try #require(error("a: !!str 1\n"))
        #expect(e.kind == .tag)
        #expect(e.mark == YAMLMark(line: 1, column: 4))
    }

    @Test func complexKeyIsRefused() throws {
        let e = try #require(error("? [a, b]\n: c\n"))
        #expect(e.kind == .complexKey)
        #expect(e.mark == YAMLMark(line: 1, column: 3))
    }

    @Test func tabIndentationIsASyntaxErrorThatSaysSo() throws {
        let e = try #require(error("a:\n\tb: 1\n"))
        #expect(e.kind == .syntax)
        #expect(e.mark.line == 2)
        #expect(e.message.contains("tab"))
    }

    @Test func badIndentationIsASyntaxError() throws {
        let e = try #require(error("a:\n  b: 1\n   c: 2\n"))
        #expect(e.kind == .syntax)
        #expect(e.mark == YAMLMark(line: 3, column: 5))
    }

    @Test func unclosedQuoteIsASyntaxError() throws {
        let e = try #require(error("a: \"open\nb: 2\n"))
        #expect(e.kind == .syntax)
        #expect(e.mark.line == 3)
    }

    @Test func invalidUTF8IsAnEncodingErrorAtItsByte() throws {
        var bytes = Array("a: ok\nb: x".utf8)
        bytes.append(0xFF)
        bytes += Array("y\n".utf8)
        do {
            _ = try YAMLReader.parse(bytes)
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .encoding)
            #expect(error.mark == YAMLMark(line: 2, column: 5))
        }
    }

    @Test func controlCharacterIsAnEncodingError() throws {
        let e = try #require(error("a: b\u{1}c\n"))
        #expect(e.kind == .encoding)
        #expect(e.mark == YAMLMark(line: 1, column: 5))
    }

    @Test func sizeLimit() throws {
        let e = try #require(error(String(repeating: "a", count: 2000), limits: YAMLLimits(maxBytes: 1000)))
        #expect(e.kind == .tooLarge)
        #expect(e.mark == .start)
    }

    @Test func depthLimitPointsAtTheFirstTooDeepNode() throws {
        let e = try #require(
            error("a: " + String(repeating: "[", count: 10) + String(repeating: "]", count: 10), limits: YAMLLimits(maxDepth: 5)))
        #expect(e.kind == .tooDeep)
        #expect(e.mark == YAMLMark(line: 1, column: 8))
    }

    @Test func nodeLimit() throws {
        let e = try #require(
            error("[" + Array(repeating: "1", count: 50).joined(separator: ",") + "]", limits: YAMLLimits(maxNodes: 20)))
        #expect(e.kind == .tooManyNodes)
    }

    @Test func errorMessagesNeverEmbedTheInput() throws {
        let big = "a: \"" + String(repeating: "x", count: 100_000)
        let e = try #require(error(big))
        #expect(e.description.count < 500)
    }
}
