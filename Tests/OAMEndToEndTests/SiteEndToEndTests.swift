import Foundation
import OAMTestSupport
import Testing

/// `oam site` as a user runs it: the shipped registry's site is written with exit 0 and
/// rewritten in place; an output it cannot write, a folder holding other files, and a path
/// that is not a folder end with status 2 and a message, before any page is rendered.
@Suite struct SiteEndToEndTests {
    func site(_ output: String, _ extra: [String] = []) throws -> OAMProcess.Result {
        try OAMProcess.run(["site", "--registry", Fixtures.registry, "--output", output] + extra)
    }

    @Test func writesTheShippedSiteAndRewritesItInPlace() throws {
        let folder = try TemporaryRegistry()
        let output = folder.path + "/site"
        let first = try site(output)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.hasPrefix("wrote \(output): "), "\(first.stderr)")
        #expect(first.stdout.isEmpty)
        for page in ["index.html", "zh/index.html", "fit.html", "zh/accelerators/amd/mi300x.html", "assets/oam.css"] {
            #expect(FileManager.default.fileExists(atPath: output + "/" + page), "\(page)")
        }
        // The folder now holds an earlier site: a second run needs no --force.
        let second = try site(output)
        #expect(second.status == 0, "\(second.stderr)")
    }

    @Test func outputsItCannotWriteExitTwo() throws {
        let folder = try TemporaryRegistry()
        try folder.write("file", contents: "x\n")
        try folder.write("mine/notes.txt", contents: "mine\n")
        let cases: [(String, String)] = [
            (folder.path + "/file/site", "error: cannot write \(folder.path)/file/site: Not a directory\n"),
            (folder.path + "/file", "error: \(folder.path)/file is a regular file, not a folder; name a folder for the site\n"),
            ("/dev/null", "error: /dev/null is a character device, not a folder; name a folder for the site\n"),
            (
                folder.path + "/mine",
                "error: \(folder.path)/mine is not empty (1 entry) and holds no earlier site (.oam-site); name an empty or new folder, or pass --force to write into it (files of the same name are replaced, others kept)\n"
            ),
        ]
        for (output, message) in cases {
            let result = try site(output)
            #expect(result.status == 2, "\(output): \(result.stderr)")
            #expect(result.stderr == message)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/mine") == ["notes.txt"])
        #expect(try String(contentsOfFile: folder.path + "/file", encoding: .utf8) == "x\n")
    }
}
