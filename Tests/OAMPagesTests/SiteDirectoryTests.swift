import Foundation
import OAMTestSupport
import Testing

@testable import OAMPages

/// Where `oam site` may write: a new, empty or earlier-site folder; another non-empty folder
/// only with `force`, keeping its other files; an earlier site's pages that the registry no
/// longer has are removed, nothing else is; a path that is not a folder, or that cannot be
/// created, is an error.
@Suite struct SiteDirectoryTests {
    static let pages = [
        SiteFile(path: "index.html", contents: "<p>catalog</p>"),
        SiteFile(path: "accelerators/acme/x1.html", contents: "<p>x1</p>"),
    ]

    static func read(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

    @Test func creates_a_missing_folder_with_its_parents() throws {
        let folder = try TemporaryRegistry()
        let output = folder.path + "/a/b/site"
        let summary = try SiteDirectory(output, force: false).write(Self.pages)
        // "<p>catalog</p>" is 14 bytes, "<p>x1</p>" 9.
        #expect(summary == SiteDirectory.Summary(files: 2, bytes: 14 + 9, removed: 0))
        #expect(Self.read(output + "/accelerators/acme/x1.html") == "<p>x1</p>")
        #expect(SiteChecks.files(under: output) == ["index.html", "accelerators/acme/x1.html", ".oam-site"])
    }

    @Test func refuses_a_folder_that_holds_other_files_unless_forced() throws {
        let folder = try TemporaryRegistry()
        try folder.write("notes.txt", contents: "mine\n")
        #expect(throws: SiteDirectory.Failure.notEmpty(folder.path, entries: 1)) {
            try SiteDirectory(folder.path, force: false).write(Self.pages)
        }
        #expect(SiteChecks.files(under: folder.path) == ["notes.txt"], "nothing written")
        let summary = try SiteDirectory(folder.path, force: true).write(Self.pages)
        #expect(summary.files == 2)
        #expect(Self.read(folder.path + "/notes.txt") == "mine\n")
        #expect(Self.read(folder.path + "/index.html") == "<p>catalog</p>")
        // Now an earlier site: written again without force, its own files replaced.
        #expect(try SiteDirectory(folder.path, force: false).write(Self.pages).files == 2)
        #expect(Self.read(folder.path + "/notes.txt") == "mine\n")
    }

    @Test func an_earlier_site_loses_the_pages_the_registry_no_longer_has_and_nothing_else() throws {
        let folder = try TemporaryRegistry()
        _ = try SiteDirectory(folder.path, force: false).write(Self.pages)
        try folder.write("accelerators/acme/notes.txt", contents: "mine\n")
        try folder.write("CNAME", contents: "example.org\n")
        let next = [SiteFile(path: "index.html", contents: "<p>new catalog</p>")]
        let summary = try SiteDirectory(folder.path, force: false).write(next)
        #expect(summary.removed == 1)
        #expect(SiteChecks.files(under: folder.path) == ["index.html", "accelerators/acme/notes.txt", "CNAME", ".oam-site"])
        #expect(Self.read(folder.path + "/index.html") == "<p>new catalog</p>")
        // A folder the removal empties goes too.
        _ = try SiteDirectory(folder.path, force: false).write(Self.pages)
        try FileManager.default.removeItem(atPath: folder.path + "/accelerators/acme/notes.txt")
        _ = try SiteDirectory(folder.path, force: false).write(next)
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/accelerators"))
    }

    @Test func a_path_that_is_not_a_folder_or_cannot_be_made_is_an_error() throws {
        let folder = try TemporaryRegistry()
        try folder.write("file", contents: "x\n")
        #expect(throws: SiteDirectory.Failure.notFolder(folder.path + "/file", kind: "a regular file")) {
            try SiteDirectory(folder.path + "/file", force: true).write(Self.pages)
        }
        // Under a regular file no folder can be made, whoever runs the test (root included).
        #expect(throws: SiteDirectory.Failure.cannotWrite(folder.path + "/file/site", reason: "Not a directory")) {
            try SiteDirectory(folder.path + "/file/site", force: false).write(Self.pages)
        }
        #expect(Self.read(folder.path + "/file") == "x\n")
    }

    @Test func paths_outside_the_folder_are_refused() throws {
        let folder = try TemporaryRegistry()
        for path in ["../escape.html", "/etc/x.html", "a//b.html", "./a.html", ".oam-site"] {
            #expect(throws: SiteDirectory.Failure.unsafePath(path, in: "the site")) {
                try SiteDirectory(folder.path + "/site", force: false).write([SiteFile(path: path, contents: "x")])
            }
        }
        // A manifest is data too: one that names a file outside is refused, nothing removed.
        try folder.write("site/.oam-site", contents: "# oam site\n../victim.txt\n")
        try folder.write("victim.txt", contents: "keep\n")
        #expect(throws: SiteDirectory.Failure.unsafePath("../victim.txt", in: folder.path + "/site/.oam-site")) {
            try SiteDirectory(folder.path + "/site", force: false).write(Self.pages)
        }
        #expect(Self.read(folder.path + "/victim.txt") == "keep\n")
    }

    /// Relative links computed by hand: from `zh/accelerators/amd/mi300x.html` (three
    /// folders deep) to the English catalog is three steps up; from the English root none;
    /// from `zh/vendors/amd.html` to `zh/vendors/huawei.html` the two share both folders.
    @Test func relative_links_climb_to_the_root_then_descend() {
        #expect(SiteMap.relative(from: .zh, "accelerators/amd/mi300x.html", to: .en, "index.html") == "../../../index.html")
        #expect(SiteMap.relative(from: .en, "index.html", to: .zh, "index.html") == "zh/index.html")
        #expect(SiteMap.relative(from: .en, "models/qwen/x.html", to: nil, "assets/oam.css") == "../../assets/oam.css")
        let links = PageLinks(language: .zh, style: .site(page: "vendors/amd.html"))
        #expect(links.catalog([("vendor", "huawei")]) == "huawei.html")
        #expect(links.catalog([("vendor", "huawei"), ("precision", "fp8")]) == "../server-only.html")
        #expect(links.model("qwen/qwen3-8b") == "../models/qwen/qwen3-8b.html")
        #expect(links.fitResult(model: "qwen/qwen3-8b", chip: "amd/mi300x") == "../fit/qwen/qwen3-8b.html#fit-amd/mi300x")
        #expect(links.asset(PageAssets.faviconPath) == "../../favicon.svg")
        // The server keeps absolute links and the language parameter.
        #expect(
            PageLinks(language: .zh).fitResult(model: "qwen/qwen3-8b", chip: "amd/mi300x")
                == "/fit?model=qwen%2Fqwen3-8b&explain=true&lang=zh#fit-amd/mi300x")
    }
}
