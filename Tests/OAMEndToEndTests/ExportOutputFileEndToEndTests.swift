import Foundation
import OAMTestSupport
import Testing

/// `oam export --output` replaces a file atomically without changing what the path is: a
/// symbolic link stays a link and its target gets the bundle, the replaced file's mode is
/// kept, and a FIFO, a device or a folder is refused instead of being replaced.
@Suite struct ExportOutputFileEndToEndTests {
    func export(to path: String) throws -> OAMProcess.Result {
        try OAMProcess.run(["export", "--registry", Fixtures.registry, "--output", path])
    }

    @Test func symbolicLinkIsWrittenThrough() throws {
        let folder = try TemporaryRegistry()
        try folder.write("real/bundle.json", contents: "old\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/link.json", withDestinationPath: "real/bundle.json")
        let result = try export(to: folder.path + "/link.json")
        #expect(result.status == 0, "\(result.stderr)")
        let type = try FileManager.default.attributesOfItem(atPath: folder.path + "/link.json")[.type] as? FileAttributeType
        #expect(type == .typeSymbolicLink)
        #expect(try String(contentsOfFile: folder.path + "/real/bundle.json", encoding: .utf8).hasPrefix("{"))
    }

    @Test func modeOfTheReplacedFileIsKept() throws {
        let folder = try TemporaryRegistry()
        try folder.write("bundle.json", contents: "old\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: folder.path + "/bundle.json")
        let result = try export(to: folder.path + "/bundle.json")
        #expect(result.status == 0, "\(result.stderr)")
        let mode = try FileManager.default.attributesOfItem(atPath: folder.path + "/bundle.json")[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(try String(contentsOfFile: folder.path + "/bundle.json", encoding: .utf8).hasPrefix("{"))
    }

    @Test func fifoDeviceAndFolderAreRefused() throws {
        let folder = try TemporaryRegistry()
        let fifo = folder.path + "/pipe"
        #expect(mkfifo(fifo, 0o644) == 0)
        let cases: [(String, String)] = [(fifo, "a FIFO"), ("/dev/null", "a character device"), (folder.path, "a folder")]
        for (path, kind) in cases {
            let result = try export(to: path)
            #expect(result.status == 2, "\(path)")
            #expect(
                result.stderr == "error: \(path) is \(kind), not a regular file; name a regular file to write\n",
                "\(result.stderr)")
        }
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "the FIFO is still a FIFO")
    }

    /// Standard output carries the bundle byte for byte as the file does (CSV's CRLF line
    /// endings included), though the writer escapes control characters for terminals.
    @Test func standardOutputAndFileHoldTheSameBytes() throws {
        let folder = try TemporaryRegistry()
        for format in ["csv", "json"] {
            let file = folder.path + "/bundle.\(format)"
            let written = try OAMProcess.run(["export", "--registry", Fixtures.registry, "--format", format, "--output", file])
            #expect(written.status == 0, "\(written.stderr)")
            let printed = try OAMProcess.run(["export", "--registry", Fixtures.registry, "--format", format])
            #expect(printed.stdout == (try String(contentsOfFile: file, encoding: .utf8)), "\(format)")
        }
    }
}
