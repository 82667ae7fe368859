import Foundation
import OAMCore
import OAMRegistry
import OAMTestSupport
import Testing

/// The bundle readers behind `oam diff` refuse what they cannot read faithfully:
/// unterminated CSV quotes, duplicate descriptors or figures, oversized files and FIFOs.
@Suite struct ExportBundleReaderTests {
    /// A fresh temporary folder for one test.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("oam-bundle-reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func message(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            return "\(error)"
        }
    }

    static let header = ExportBundle.csvColumns.joined(separator: ",")

    // MARK: 1. Unterminated quotes

    @Test func unterminatedQuoteNamesTheLineWhereItStarts() throws {
        let csv =
            "\(Self.header)\r\nacme/x1,accelerator,memory.capacity,1,B,vendor,,1 B,,x1.yaml,1,test\r\nacme/x1,accelerator,name,\"Acme X1,,,,,,,,x1.yaml,1,test\r\nacme/x1,accelerator,form_factor,oam,,vendor,,oam,,x1.yaml,1,test\r\n"
        let message = try #require(Self.message { _ = try ExportBundle(csv: csv) })
        #expect(message.contains("line 3"), "\(message)")
        #expect(message.contains("never closed"), "\(message)")
    }

    @Test func quotedLineBreaksStillReadAndCountLines() throws {
        // A closed quote spanning lines is fine; an error after it names the right line.
        let ok = "\(Self.header)\r\nacme/x1,accelerator,notes,\"two\nlines\",,,,x,,x1.yaml,1,test\r\n"
        let bundle = try ExportBundle(csv: ok)
        #expect(bundle.descriptors.first?.figures.first?.valueText == "two\nlines")
        let bad = ok + "acme/x1,accelerator,name,\"open\r\n"
        let message = try #require(Self.message { _ = try ExportBundle(csv: bad) })
        #expect(message.contains("line 4"), "\(message)")
    }

    @Test func diffOfAnUnterminatedCSVExitsTwo() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.write(
            "\(Self.header)\r\nacme/x1,accelerator,name,\"Acme X1,,,,,,,,x1.yaml,1,test\r\n", "bad.csv", in: folder)
        let result = try OAMProcess.run(["diff", path, path])
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("line 2"), "\(result.stderr)")
        #expect(!result.stdout.contains("no differences"))
    }

    // MARK: 2. Duplicates

    @Test func jsonDuplicateDescriptorIsNamed() throws {
        var bundle = ExportDiffTests.bundle()
        bundle.descriptors.append(bundle.descriptors[0])
        let message = try #require(Self.message { _ = try ExportBundle(json: bundle.json.serialized()) })
        #expect(message.contains("duplicate descriptor acme/x1"), "\(message)")
    }

    @Test func jsonDuplicateFigureIsNamed() throws {
        var bundle = ExportDiffTests.bundle()
        let figure = try #require(bundle.descriptors[0].figures.first { $0.path == "memory.capacity" })
        bundle.descriptors[0].figures.append(figure)
        let message = try #require(Self.message { _ = try ExportBundle(json: bundle.json.serialized()) })
        #expect(message.contains("duplicate figure acme/x1 memory.capacity"), "\(message)")
    }

    @Test func csvDuplicateFigureIsNamed() throws {
        var bundle = ExportDiffTests.bundle()
        let figure = try #require(bundle.descriptors[0].figures.first { $0.path == "memory.capacity" })
        bundle.descriptors[0].figures.append(figure)
        let message = try #require(Self.message { _ = try ExportBundle(csv: bundle.csv) })
        #expect(message.contains("duplicate figure acme/x1 memory.capacity"), "\(message)")
    }

    @Test func csvDuplicateDescriptorIsNamed() throws {
        var bundle = ExportDiffTests.bundle()
        var twin = bundle.descriptors[0]
        twin.file = "accelerators/acme/x1-copy.yaml"
        twin.figures = [ExportedFigure(path: "extra", value: .integer(1), written: "1")]
        bundle.descriptors.append(twin)
        let message = try #require(Self.message { _ = try ExportBundle(csv: bundle.csv) })
        #expect(message.contains("duplicate descriptor acme/x1"), "\(message)")
        #expect(message.contains("x1-copy.yaml"), "\(message)")
    }

    @Test func diffOfBundlesWithDuplicatesExitsTwo() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var bundle = ExportDiffTests.bundle()
        bundle.descriptors.append(bundle.descriptors[1])
        let json = try Self.write(bundle.json.serialized(pretty: true), "dup.json", in: folder)
        var withFigure = ExportDiffTests.bundle()
        withFigure.descriptors[0].figures.append(withFigure.descriptors[0].figures[0])
        let csv = try Self.write(withFigure.csv, "dup.csv", in: folder)
        let jsonResult = try OAMProcess.run(["diff", json, json])
        #expect(jsonResult.status == 2, "\(jsonResult.stdout)\(jsonResult.stderr)")
        #expect(jsonResult.stderr.contains("duplicate descriptor acme/tiny-8b"), "\(jsonResult.stderr)")
        let csvResult = try OAMProcess.run(["diff", csv, csv])
        #expect(csvResult.status == 2, "\(csvResult.stdout)\(csvResult.stderr)")
        #expect(csvResult.stderr.contains("duplicate figure acme/x1"), "\(csvResult.stderr)")
    }

    // MARK: 3. Same written text, different value

    @Test func unchangedWrittenTextShowsSIValues() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func bundle(_ link: String, _ bytes: Int) -> ExportBundle {
            ExportBundle(
                registryRevision: "r",
                descriptors: [
                    ExportedDescriptor(
                        id: "acme/x1", kind: "accelerator", file: "x1.yaml",
                        figures: [
                            ExportedFigure(path: "host_interface", value: .string(link), written: "pcie"),
                            ExportedFigure(path: "memory.capacity", value: .integer(bytes), unit: "B", written: "96 GB"),
                        ])
                ])
        }
        let old = bundle("pcie", 96_000_000_000)
        let new = bundle("PCIe", 96 << 30)
        let diff = BundleDiff(old: old, new: new)
        #expect(diff.changes.count == 2)
        guard case .figureChanged(_, let before, let after)? = diff.readable.changes.last else {
            Issue.record("\(diff.readable.changes)")
            return
        }
        #expect(before.written == "96000000000 B" && after.written == "\(96 << 30) B")
        // The diff itself keeps what the bundles hold.
        guard case .figureChanged(_, let raw, _)? = diff.changes.last else { return }
        #expect(raw.written == "96 GB")

        for format in ["json", "csv"] {
            let oldPath = try Self.write(format == "json" ? old.json.serialized() : old.csv, "old.\(format)", in: folder)
            let newPath = try Self.write(format == "json" ? new.json.serialized() : new.csv, "new.\(format)", in: folder)
            let result = try OAMProcess.run(["diff", oldPath, newPath])
            #expect(result.status == 1, "\(result.stderr)")
            #expect(!result.stdout.contains("pcie → pcie"), "\(result.stdout)")
            #expect(result.stdout.contains("  ~ host_interface: pcie → PCIe"), "\(result.stdout)")
            #expect(result.stdout.contains("  ~ memory.capacity: 96000000000 B → \(96 << 30) B"), "\(result.stdout)")
        }
    }

    // MARK: 4. Capped reads

    @Test func oversizedBundleIsRefusedWithItsSize() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("huge.json").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("{".utf8)))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(256 << 20) + 1)  // sparse: no disk used
        try handle.close()
        let result = try OAMProcess.run(["diff", path, path])
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("\((256 << 20) + 1) bytes"), "\(result.stderr)")
        #expect(result.stderr.contains("256 MiB"), "\(result.stderr)")
    }

    @Test func fifoIsRefusedInsteadOfBlocking() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("pipe.csv").path
        #expect(mkfifo(path, 0o600) == 0)
        let result = try OAMProcess.run(["diff", path, path])
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("not a regular file"), "\(result.stderr)")
    }
}
