import Foundation
import OAMCore
import OAMRegistry
import OAMTestSupport
import Testing

/// `oam diff` streams JSON bundles (`JSONBundleFile`): read in pieces of any size, a
/// well-formed bundle gives the same summaries and descriptors as reading the whole text
/// with `ExportBundle(json:)` while holding one descriptor at a time; any other text is
/// read whole, so it is refused (or read) exactly as before.
@Suite struct JSONBundleStreamTests {
    /// Piece sizes that cut strings, escapes, numbers and multi-byte characters anywhere.
    static let pieceSizes = [1, 2, 3, 7, 64, 1 << 20]

    static func write(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("oam-stream-\(UUID().uuidString).json").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        return path
    }

    /// The CSV stream tests' bundle (CRLF, quotes, Chinese text, an emoji) as JSON.
    static var text: String { CSVBundleStreamTests.bundle().json.serialized(pretty: true) + "\n" }

    /// What a reader makes of a file: the summaries and descriptors, or the message.
    enum Outcome: Equatable {
        case read([String: DescriptorSummary], [String: ExportedDescriptor], revision: String)
        case refused(String)
    }

    static func whole(_ path: String) -> Outcome {
        do {
            let bundle = try ExportBundle(file: path, maxBytes: 1 << 22)
            return .read(BundleIndex(bundle).summaries, bundle.descriptorsByID, revision: bundle.registryRevision)
        } catch {
            return .refused("\(error)")
        }
    }

    /// The streamed reading, and whether it streamed.
    static func streamed(_ path: String, pieceBytes: Int) -> (Outcome, streamed: Bool) {
        let file = JSONBundleFile(path: path, maxBytes: 1 << 22, pieceBytes: pieceBytes)
        do {
            switch try file.read() {
            case .streamed(let index, let positions):
                let descriptors = try file.descriptors(Set(index.summaries.keys), at: positions, checkedAgainst: index)
                return (.read(index.summaries, descriptors, revision: index.registryRevision), true)
            case .whole(let bundle):
                return (.read(BundleIndex(bundle).summaries, bundle.descriptorsByID, revision: bundle.registryRevision), false)
            }
        } catch {
            return (.refused("\(error)"), false)
        }
    }

    @Test func aWellFormedBundleStreamsAndReadsAsTheWholeText() throws {
        let path = try Self.write(Array(Self.text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let expected = Self.whole(path)
        guard case .read(let summaries, let descriptors, let revision) = expected else {
            Issue.record("the fixture bundle must read: \(expected)")
            return
        }
        #expect(summaries.count == 4 && descriptors.count == 4 && revision == "test")
        for size in Self.pieceSizes {
            let (outcome, streamed) = Self.streamed(path, pieceBytes: size)
            #expect(streamed, "pieces of \(size) bytes")
            #expect(outcome == expected, "pieces of \(size) bytes")
        }
    }

    /// The shipped registry's own export, compact and with a byte order mark.
    @Test func theShippedRegistryStreams() throws {
        let root = Repository.path("Registry")
        let registry = RegistryLoader().load(paths: [root])
        let json = ExportBundle(registry: registry, root: root, registryRevision: "r").json
        for bytes in [
            Array(json.serialized(pretty: false).utf8), [0xEF, 0xBB, 0xBF] + Array(json.serialized(pretty: true).utf8),
        ] {
            let path = try Self.write(bytes)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let (outcome, streamed) = Self.streamed(path, pieceBytes: 4096)
            #expect(streamed)
            #expect(outcome == Self.whole(path))
            if case .read(let summaries, _, _) = outcome { #expect(summaries.count == registry.files.count) }
        }
    }

    /// Texts the scanner must not cut: each is read whole, with the whole reader's outcome
    /// (a refusal with its message and position, or for the escaped key a reading).
    @Test(arguments: [
        ("truncated", #"{"format": "oam-export", "schema_version": 1, "descriptors": [{"id": "a/b""#),
        (
            "trailing comma in the list",
            #"{"format": "oam-export", "schema_version": 1, "descriptors": [{"id": "a/b", "kind": "accelerator", "figures": []},]}"#
        ),
        ("trailing comma in the object", #"{"format": "oam-export", "schema_version": 1, "descriptors": [],}"#),
        ("missing comma", #"{"format": "oam-export" "schema_version": 1, "descriptors": []}"#),
        ("two descriptors lists", #"{"format": "oam-export", "schema_version": 1, "descriptors": [], "descriptors": []}"#),
        ("escaped key", #"{"format": "oam-export", "schema_version": 1, "descr\u0069ptors": []}"#),
        ("escaped and plain key", #"{"format": "oam-export", "schema_version": 1, "descr\u0069ptors": [], "descriptors": []}"#),
        ("duplicate member", #"{"format": "oam-export", "format": "oam-export", "schema_version": 1, "descriptors": []}"#),
        ("newer schema", #"{"format": "oam-export", "schema_version": 99, "descriptors": []}"#),
        ("not a bundle", #"{"schema_version": 1, "descriptors": []}"#),
        ("descriptors not a list", #"{"format": "oam-export", "schema_version": 1, "descriptors": {}}"#),
        ("garbage after the end", #"{"format": "oam-export", "schema_version": 1, "descriptors": []} x"#),
        ("a bad number", #"{"format": "oam-export", "schema_version": 01, "descriptors": []}"#),
        (
            "a bad element",
            #"{"format": "oam-export", "schema_version": 1, "descriptors": [{"id": "a/b", "kind": "accelerator", "figures": [tru]}]}"#
        ),
        (
            "an element without figures",
            #"{"format": "oam-export", "schema_version": 1, "descriptors": [{"id": "a/b", "kind": "accelerator"}]}"#
        ),
        ("a scalar element", #"{"format": "oam-export", "schema_version": 1, "descriptors": [1]}"#),
        (
            "a bracket in a string",
            #"{"format": "oam-export", "schema_version": 1, "descriptors": [{"id": "a/]", "kind": "accelerator", "figures": [], "notes": "\"}"}]}"#
        ),
    ])
    func textsItCannotCutAreReadWhole(name: String, text: String) throws {
        let path = try Self.write(Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let expected = Self.whole(path)
        for size in [1, 3, 1 << 20] {
            #expect(Self.streamed(path, pieceBytes: size).0 == expected, "\(name), pieces of \(size) bytes")
        }
    }

    /// The second pass parses only the descriptors asked for, found at the positions of the
    /// first; a file rewritten between the passes is refused, not misread.
    @Test func theSecondPassReadsOnlyWhatItIsAskedAndNoticesAChangedFile() throws {
        let path = try Self.write(Array(Self.text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let file = JSONBundleFile(path: path, maxBytes: 1 << 20, pieceBytes: 5)
        guard case .streamed(let index, let positions) = try file.read() else {
            Issue.record("the fixture bundle must stream")
            return
        }
        #expect(positions == ["acme/x1": 0, "acme/tiny-8b": 1, "ocp-oam-1.0": 2, "acme/zh": 3])
        let one = try file.descriptors(["acme/zh"], at: positions, checkedAgainst: index)
        #expect(one == ["acme/zh": try #require(CSVBundleStreamTests.bundle().descriptorsByID["acme/zh"])])

        var changed = CSVBundleStreamTests.bundle()
        changed.descriptors[3].figures[2].value = .integer(1)
        #expect(FileManager.default.createFile(atPath: path, contents: Data(changed.json.serialized(pretty: true).utf8)))
        #expect(throws: BundleFileFailure.self) { _ = try file.descriptors(["acme/zh"], at: positions, checkedAgainst: index) }
        // Descriptors that did not change still read.
        #expect(try file.descriptors(["acme/x1"], at: positions, checkedAgainst: index).keys.sorted() == ["acme/x1"])
    }

    @Test func duplicateIDsAreRefusedWithTheWholeReadersMessage() throws {
        var bundle = CSVBundleStreamTests.bundle()
        bundle.descriptors.append(bundle.descriptors[0])
        let path = try Self.write(Array(bundle.json.serialized(pretty: true).utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (outcome, _) = Self.streamed(path, pieceBytes: 64)
        #expect(outcome == Self.whole(path))
        guard case .refused(let message) = outcome else {
            Issue.record("a duplicate id must be refused")
            return
        }
        #expect(message.contains("duplicate descriptor"))
    }

    /// The nesting limit counts from the top of the file, not of the descriptor: a value
    /// nested to the limit in a descriptor (at depth 2 of the file) is refused by both.
    @Test func nestingIsCountedFromTheTopOfTheFile() throws {
        for depth in [JSONTextParser.maxDepth - 4, JSONTextParser.maxDepth - 3, JSONTextParser.maxDepth - 2] {
            let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            let text =
                #"{"format": "oam-export", "schema_version": 1, "descriptors": [{"id": "a/b", "kind": "accelerator", "figures": [], "notes": "#
                + nested + "}]}"
            let path = try Self.write(Array(text.utf8))
            defer { try? FileManager.default.removeItem(atPath: path) }
            #expect(Self.streamed(path, pieceBytes: 5).0 == Self.whole(path), "nesting \(depth)")
        }
    }

    /// Invalid UTF-8 anywhere, even inside a string of a well-formed bundle, is refused as
    /// the whole reader refuses it.
    @Test func invalidUTF8IsRefusedAlike() throws {
        let bytes = Array(Self.text.utf8)
        let at = try #require(bytes.firstIndex(of: Array("曦".utf8)[0]))
        for broken in [Array(bytes[..<at]) + [0xFF] + bytes[at...], Array(bytes[..<(at + 1)]) + bytes[(at + 2)...]] {
            let path = try Self.write(broken)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let expected = Self.whole(path)
            #expect(expected == .refused("notUTF8"))
            #expect(Self.streamed(path, pieceBytes: 7).0 == expected)
        }
    }

    /// Every one-byte change of a small bundle (each byte deleted, and each byte replaced by
    /// each of the characters that shape JSON) reads as the whole reader reads it.
    @Test func everyOneByteChangeReadsAsTheWholeText() throws {
        let text =
            #"{"format":"oam-export","schema_version":1,"registry_revision":"r","descriptors":[{"id":"a/b","kind":"accelerator","file":"f","figures":[{"path":"tdp","value":1.5e2,"written":"150 W"}],"notes":"x\"]"},{"id":"c/d","kind":"model","figures":[]}]}"#
        let bytes = Array(text.utf8)
        let shaping = Array(#"{}[],:" \1e-n"#.utf8)
        var variants: [[UInt8]] = []
        for i in bytes.indices {
            variants.append(Array(bytes[..<i] + bytes[(i + 1)...]))
            for b in shaping where b != bytes[i] {
                var changed = bytes
                changed[i] = b
                variants.append(changed)
            }
        }
        var streamedCount = 0
        for variant in variants {
            let path = try Self.write(variant)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let (outcome, streamed) = Self.streamed(path, pieceBytes: 16)
            if streamed { streamedCount += 1 }
            #expect(outcome == Self.whole(path), "\(String(decoding: variant, as: UTF8.self))")
        }
        // Changes inside strings keep the bundle well formed and still stream.
        #expect(streamedCount > 50)
    }
}
