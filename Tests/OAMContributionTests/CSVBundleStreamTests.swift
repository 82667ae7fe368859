import Foundation
import OAMCore
import OAMRegistry
import Testing

/// `oam diff` streams CSV bundles (`CSVBundleFile`): read in pieces of any size, a bundle
/// gives the same descriptors, the same summaries and the same errors, in the same order,
/// as reading the whole text with `ExportBundle(csv:)`.
@Suite struct CSVBundleStreamTests {
    /// Piece sizes that cut quotes, CRLF pairs and multi-byte characters anywhere.
    static let pieceSizes = [1, 2, 3, 5, 7, 64, 1 << 20]

    static func write(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("oam-stream-\(UUID().uuidString).csv").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        return path
    }

    /// The fixture registry's bundle plus a descriptor whose figures hold a CRLF line break
    /// (regression: `CSV.field` compared characters, and `"\r\n"` is one character equal to
    /// neither `"\r"` nor `"\n"`, so the value was written unquoted and split its row), a
    /// doubled quote, a comma and Chinese text (three-byte characters).
    static func bundle() -> ExportBundle {
        var bundle = ExportDiffTests.bundle()
        bundle.descriptors.append(
            ExportedDescriptor(
                id: "acme/zh", kind: "accelerator", file: "accelerators/acme/zh.yaml",
                figures: [
                    ExportedFigure(path: "name", value: .string("曦云 \"C500\", 64 GB"), written: "曦云 \"C500\", 64 GB"),
                    ExportedFigure(path: "notes", value: .string("two\r\nlines 😀"), written: "two\r\nlines 😀"),
                    ExportedFigure(
                        path: "memory.capacity", value: .integer(64 << 30), unit: "B", written: "64 GiB", tier: "press",
                        sources: [.init(key: "a", url: "https://example.com/a", tier: "press")]),
                ]))
        return bundle
    }

    static func failure(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch let failure as CSVBundleFile.Failure {
            if case .invalid(let error) = failure { return error.message }
            return "\(failure)"
        } catch {
            return "\(error)"
        }
    }

    @Test func streamedBundleReadsAsTheWholeText() throws {
        let text = Self.bundle().csv
        let path = try Self.write(Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let whole = try ExportBundle(csv: text)
        #expect(whole.descriptors.count == 4)
        for size in Self.pieceSizes {
            let file = CSVBundleFile(path: path, maxBytes: 1 << 20, pieceBytes: size)
            let index = try file.index()
            #expect(index.registryRevision == "test")
            #expect(index.summaries == BundleIndex(whole).summaries, "pieces of \(size) bytes")
            let descriptors = try file.descriptors(Set(index.summaries.keys), checkedAgainst: index)
            #expect(descriptors == whole.descriptorsByID, "pieces of \(size) bytes")
        }
        let zh = try #require(whole.descriptorsByID["acme/zh"])
        #expect(zh.figures.map(\.valueText) == ["曦云 \"C500\", 64 GB", "two\r\nlines 😀", "\(64 << 30)"])
    }

    @Test func aByteOrderMarkIsSkipped() throws {
        let text = Self.bundle().csv
        let path = try Self.write([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        for size in [1, 2, 4, 1 << 20] {
            let index = try CSVBundleFile(path: path, maxBytes: 1 << 20, pieceBytes: size).index()
            #expect(index.summaries == BundleIndex(try ExportBundle(csv: text)).summaries)
        }
    }

    /// Each broken bundle is refused with the message the whole-text reader gives.
    @Test(arguments: [
        ("unterminated quote", "acme/x1,accelerator,name,\"Acme X1,,,,,,,,x1.yaml,1,test\r\n"),
        ("duplicate figure", "acme/x1,accelerator,name,A,,,,A,,x1.yaml,1,t\r\nacme/x1,accelerator,name,B,,,,B,,x1.yaml,1,t\r\n"),
        (
            "duplicate descriptor",
            "acme/x1,accelerator,name,A,,,,A,,x1.yaml,1,t\r\nacme/x1,accelerator,tdp,1,W,,,1 W,,x2.yaml,1,t\r\n"
        ),
        ("newer schema", "acme/x1,accelerator,name,A,,,,A,,x1.yaml,99,t\r\n"),
        ("duplicate before an unterminated quote", "a,b,p,1,,,,1,,f,1,t\r\na,b,p,1,,,,1,,f,1,t\r\na,b,q,\"open\r\n"),
        ("duplicate before a newer schema", "a,b,p,1,,,,1,,f,9,t\r\na,b,p,1,,,,1,,f,1,t\r\n"),
    ])
    func brokenBundlesAreRefusedAlike(name: String, rows: String) throws {
        let text = ExportBundle.csvColumns.joined(separator: ",") + "\r\n" + rows
        let expected = try #require(Self.failure { _ = try ExportBundle(csv: text) }, "\(name) must be refused")
        let path = try Self.write(Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        for size in Self.pieceSizes {
            let message = Self.failure { _ = try CSVBundleFile(path: path, maxBytes: 1 << 20, pieceBytes: size).index() }
            #expect(message == expected, "\(name), pieces of \(size) bytes")
        }
    }

    @Test func noHeaderAndEmptyFilesAreRefusedAlike() throws {
        for text in ["", "\r\n", "acme/x1,accelerator,name,A\r\n"] {
            let expected = Self.failure { _ = try ExportBundle(csv: text) }
            #expect(expected?.contains("not an oam CSV bundle") == true)
            let path = try Self.write(Array(text.utf8))
            defer { try? FileManager.default.removeItem(atPath: path) }
            #expect(Self.failure { _ = try CSVBundleFile(path: path, maxBytes: 1 << 20, pieceBytes: 3).index() } == expected)
        }
    }

    /// Invalid UTF-8 anywhere is reported first, as the whole-text reader reports it before
    /// parsing: even after a duplicate figure on an earlier line.
    @Test func invalidUTF8IsReportedFirst() throws {
        let header = Array((ExportBundle.csvColumns.joined(separator: ",") + "\r\n").utf8)
        let duplicate = Array("a,b,p,1,,,,1,,f,1,t\r\na,b,p,1,,,,1,,f,1,t\r\n".utf8)
        let cases: [[UInt8]] = [
            header + [0x61, 0xFF, 0x0A],  // a byte that is never UTF-8
            header + duplicate + [0x61, 0xE6, 0x9B],  // a character cut short at the end
            header + duplicate + [0x80, 0x0A],  // a lone continuation byte
            header + [0xF0, 0x9F, 0x98, 0x80, 0x80, 0x0A],  // one continuation byte too many
        ]
        for bytes in cases {
            let path = try Self.write(bytes)
            defer { try? FileManager.default.removeItem(atPath: path) }
            for size in Self.pieceSizes {
                #expect(throws: CSVBundleFile.Failure.self) {
                    _ = try CSVBundleFile(path: path, maxBytes: 1 << 20, pieceBytes: size).index()
                }
                let message = Self.failure { _ = try CSVBundleFile(path: path, maxBytes: 1 << 20, pieceBytes: size).index() }
                #expect(message == "\(CSVBundleFile.Failure.notUTF8)", "\(bytes.suffix(6)), pieces of \(size) bytes")
            }
        }
    }

    /// The second pass checks what it reads against the first: a file rewritten between
    /// them is refused, not diffed half old and half new.
    @Test func aFileChangedBetweenThePassesIsRefused() throws {
        let bundle = Self.bundle()
        let path = try Self.write(Array(bundle.csv.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let file = CSVBundleFile(path: path, maxBytes: 1 << 20)
        let index = try file.index()
        var changed = bundle
        changed.descriptors[0].figures[0].written += "x"  // written text is not compared: still the same
        try changed.csv.write(toFile: path, atomically: false, encoding: .utf8)
        #expect(try file.descriptors(["acme/x1"], checkedAgainst: index).count == 1)
        changed.descriptors[0].figures[0].value = .string("changed")
        try changed.csv.write(toFile: path, atomically: false, encoding: .utf8)
        let message = Self.failure { _ = try file.descriptors(["acme/x1"], checkedAgainst: index) }
        #expect(message?.contains("the file changed while oam diff read it (descriptor acme/x1)") == true, "\(message ?? "")")
    }

    /// Digests tell exactly what `BundleDiff.compare` tells: a new value, unit, tier or set of
    /// source URLs changes them; figure order, written text and source keys do not.
    @Test func digestsChangeExactlyWhenTheDiffWould() throws {
        let base = Self.bundle().descriptors[3]
        func digest(_ change: (inout ExportedDescriptor) -> Void) -> FigureDigest {
            var copy = base
            change(&copy)
            return DescriptorSummary(copy).digest
        }
        let same = DescriptorSummary(base).digest
        #expect(digest { $0.figures.reverse() } == same)
        #expect(digest { $0.figures[2].written = "68.72 GB" } == same)
        #expect(digest { $0.figures[2].sources[0].key = "b" } == same)
        #expect(digest { $0.figures[2].value = .integer(1) } != same)
        #expect(digest { $0.figures[2].unit = "B/s" } != same)
        #expect(digest { $0.figures[2].tier = "vendor" } != same)
        #expect(digest { $0.figures[2].sources[0].url = "https://example.com/b" } != same)
        #expect(digest { $0.figures[0].path = "title" } != same)
        #expect(digest { $0.figures.removeLast() } != same)
        // The diff agrees: a changed value or tier is a change, a changed written text is not.
        func diff(_ change: (inout ExportedDescriptor) -> Void) -> [BundleDiff.Change] {
            var copy = base
            change(&copy)
            return BundleDiff(
                old: ExportBundle(registryRevision: "a", descriptors: [base]),
                new: ExportBundle(registryRevision: "b", descriptors: [copy])
            ).changes
        }
        #expect(diff { $0.figures[2].value = .integer(1) }.count == 1)
        #expect(diff { $0.figures[2].tier = "vendor" }.count == 1)
        #expect(diff { $0.figures[2].written = "68.72 GB" }.isEmpty)
    }
}
