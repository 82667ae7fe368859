import Foundation
import OAMTestSupport
import Testing

/// `oam validate --changed-since REF` in a temporary git repository holding a copy of the
/// good fixture registry.
@Suite(.enabled(if: Tool.find("git") != nil, "git is not on PATH"))
struct ChangedSinceTests {
    /// A repository with `Registry/` committed on `main`, and HEAD on a branch `change`.
    final class Repo {
        let folder: TemporaryRegistry
        let git = Tool.find("git")!
        var path: String { folder.path }

        init() throws {
            folder = try TemporaryRegistry()
            try FileManager.default.copyItem(atPath: Fixtures.path("registries/good"), toPath: folder.path + "/Registry")
            try run("init", "-q", "-b", "main")
            try commit("registry")
            try run("checkout", "-q", "-b", "change")
        }

        @discardableResult
        func run(_ arguments: String...) throws -> String {
            let result = try Tool.run(
                git, ["-c", "user.name=oam test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"] + arguments,
                in: path)
            guard result.status == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "git \(arguments): \(result.stderr)"])
            }
            return result.stdout
        }

        func commit(_ message: String) throws {
            try run("add", "-A")
            try run("commit", "-q", "-m", message)
        }

        func write(_ relative: String, _ text: String) throws {
            try folder.write(relative, contents: text)
        }

        func read(_ relative: String) throws -> String {
            try String(contentsOfFile: path + "/" + relative, encoding: .utf8)
        }

        func oam(_ arguments: [String], environment: [String: String] = [:]) throws -> OAMProcess.Result {
            try OAMProcess.run(["validate", "--registry", "Registry"] + arguments, in: path, environment: environment)
        }
    }

    @Test func onlyChangedFilesAreReported() throws {
        let repo = try Repo()
        // A committed mistake in x1, an uncommitted one in the model: both are changes.
        try repo.write(
            "Registry/accelerators/acme/x1.yaml",
            try repo.read("Registry/accelerators/acme/x1.yaml").replacingOccurrences(
                of: "form_factor: oam", with: "form_factor: OAM"))
        try repo.commit("x1 form factor")
        try repo.write(
            "Registry/models/acme/tiny-8b.yaml",
            try repo.read("Registry/models/acme/tiny-8b.yaml").replacingOccurrences(of: "layers: 32", with: "layers: lots"))
        let result = try repo.oam(["--changed-since", "main"])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(
            result.stdout.contains(
                "Registry/accelerators/acme/x1.yaml:8:14: error: 'OAM' is not a valid value for 'form_factor'"),
            "\(result.stdout)")
        #expect(result.stdout.contains("Registry/models/acme/tiny-8b.yaml:"), "uncommitted changes count")
        #expect(result.stdout.contains("checked 2 files: "), "\(result.stdout)")
    }

    @Test func unchangedFilesWithMistakesAreNotReported() throws {
        let repo = try Repo()
        try repo.write(
            "Registry/models/acme/tiny-8b.yaml",
            try repo.read("Registry/models/acme/tiny-8b.yaml").replacingOccurrences(of: "layers: 32", with: "layers: lots"))
        try repo.commit("a mistake already on main")
        try repo.run("branch", "-q", "-f", "main", "HEAD")
        try repo.write(
            "Registry/accelerators/acme/x1.yaml",
            try repo.read("Registry/accelerators/acme/x1.yaml").replacingOccurrences(of: "tdp: 600 W", with: "tdp: 650 W"))
        try repo.commit("clean change")
        let result = try repo.oam(["--changed-since", "main"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout == "checked 1 file: 0 errors, 0 warnings\n")
    }

    /// Registry-wide rules see the whole registry: a new file reusing an id is reported even
    /// where the rule reports it on the unchanged original.
    @Test func registryWideRulesRunOnEverything() throws {
        let repo = try Repo()
        try repo.write("Registry/accelerators/acme/x1-copy.yaml", try repo.read("Registry/accelerators/acme/x1.yaml"))
        let result = try repo.oam(["--changed-since", "main"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("error: id 'acme/x1' is also used by"), "\(result.stdout)")
        #expect(
            result.stdout.contains("Registry/accelerators/acme/x1-copy.yaml:3:5: error: the id 'acme/x1' does not match the path")
        )
    }

    /// A descriptor that is a symbolic link is a change like any other: git lists the link
    /// by its own name, which must not be lost by resolving it.
    @Test func symlinkedDescriptorsAreValidated() throws {
        let repo = try Repo()
        let x1 = try repo.read("Registry/accelerators/acme/x1.yaml")
        try repo.write(
            "elsewhere/x2.yaml",
            x1.replacingOccurrences(of: "id: acme/x1", with: "id: acme/x2").replacingOccurrences(
                of: "form_factor: oam", with: "form_factor: OAM"))
        try FileManager.default.createSymbolicLink(
            atPath: repo.path + "/Registry/accelerators/acme/x2.yaml", withDestinationPath: "../../../elsewhere/x2.yaml")
        try repo.commit("x2 as a link")
        let result = try repo.oam(["--changed-since", "main"])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(
            result.stdout.contains(
                "Registry/accelerators/acme/x2.yaml:8:14: error: 'OAM' is not a valid value for 'form_factor'"),
            "\(result.stdout)")
        #expect(result.stdout.contains("checked 1 file: "), "\(result.stdout)")
    }

    @Test func noDescriptorChangedRunsRegistryWideRulesOnly() throws {
        let repo = try Repo()
        try repo.write("README.md", "docs only\n")
        try repo.commit("docs")
        let result = try repo.oam(["--changed-since", "main"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("no descriptor under"))
        #expect(result.stdout == "checked 0 files: 0 errors, 0 warnings\n")
    }

    @Test func githubActionsGetsAnnotationsWithRepositoryPaths() throws {
        let repo = try Repo()
        try repo.write(
            "Registry/accelerators/acme/x1.yaml",
            try repo.read("Registry/accelerators/acme/x1.yaml").replacingOccurrences(
                of: "form_factor: oam", with: "form_factor: OAM"))
        try repo.commit("x1")
        let result = try repo.oam(["--changed-since", "main"], environment: ["GITHUB_ACTIONS": "true"])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("::error file=Registry/accelerators/acme/x1.yaml,line=8,col=14,"), "\(result.stdout)")
    }

    @Test func badRefNotARepositoryAndMissingGitCannotRun() throws {
        let repo = try Repo()
        let badRef = try repo.oam(["--changed-since", "no-such-branch"])
        #expect(badRef.status == 2)
        #expect(badRef.stderr.contains("error: git does not know the revision 'no-such-branch'"), "\(badRef.stderr)")

        let plain = try TemporaryRegistry(copying: Fixtures.path("registries/good"))
        let notRepo = try OAMProcess.run(["validate", "--registry", plain.path, "--changed-since", "main"])
        #expect(notRepo.status == 2)
        #expect(notRepo.stderr.contains("is not inside a git repository"), "\(notRepo.stderr)")

        let noGit = try repo.oam(["--changed-since", "main"], environment: ["PATH": "/nonexistent"])
        #expect(noGit.status == 2)
        #expect(noGit.stderr.contains("git is not installed"), "\(noGit.stderr)")

        let both = try repo.oam(["--changed-since", "main", "Registry/accelerators/acme/x1.yaml"])
        #expect(both.status == 64)
    }
}
