import Foundation
import OAMTestSupport
import Testing

/// `oam validate` run as a user runs it: the real binary, real fixture folders.
@Suite struct ValidateEndToEndTests {
    let good = Fixtures.path("registries/good")
    let bad = Fixtures.path("registries/bad")

    @Test func shippedRegistryHasNoErrors() throws {
        let result = try OAMProcess.run(["validate"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains(": 0 errors"))
        #expect(!result.stdout.contains(": error:"))
    }

    @Test func goodFixtureIsClean() throws {
        let result = try OAMProcess.run(["validate", "--registry", good, "--strict"])
        #expect(result.status == 0)
        #expect(result.stdout == "checked 3 files: 0 errors, 0 warnings\n")
    }

    /// Each line of the bad fixture holds one mistake; the output names each one once,
    /// at its line and column, under its rule (golden file `expected.txt`).
    @Test func badFixtureReportsEachMistakeOnceAtItsPosition() throws {
        let result = try OAMProcess.run(["validate", "--registry", "."], in: bad)
        let expected = try String(contentsOfFile: bad + "/expected.txt", encoding: .utf8)
        #expect(result.status == 1)
        #expect(result.stdout == expected)
    }

    @Test func jsonFormatIsMachineReadable() throws {
        let result = try OAMProcess.run(["validate", "--registry", ".", "--format", "json"], in: bad)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["errors"] as? Int == 11)
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.first?["rule"] as? String == "enum-value")
        #expect(diagnostics.first?["line"] as? Int == 6)
        #expect(diagnostics.first?["column"] as? Int == 14)
    }

    @Test func githubFormatEmitsWorkflowAnnotations() throws {
        let result = try OAMProcess.run(["validate", "--registry", "."], in: bad, environment: ["GITHUB_ACTIONS": "true"])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 11)
        #expect(lines.allSatisfy { $0.hasPrefix("::error file=accelerators/acme/x2.yaml,line=") })
        #expect(lines.contains { $0.contains("line=10,col=3,") && $0.contains("title=unknown-key::") })
    }

    @Test func sarifFormatIsVersion210WithRuleMetadata() throws {
        let result = try OAMProcess.run(["validate", "--registry", ".", "--format", "sarif"], in: bad)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["version"] as? String == "2.1.0")
        let run = try #require((object["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 11)
        let rules = ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]]
        #expect((rules?.count ?? 0) >= 25)
    }

    @Test func strictMakesWarningsFail() throws {
        let folder = try TemporaryRegistry(copying: good)
        try folder.write("accelerators/acme/x1.yaml", replacing: "tdp: 600 W", with: "tdp: 5 W")
        let relaxed = try OAMProcess.run(["validate", "--registry", folder.path])
        #expect(relaxed.status == 0)
        #expect(relaxed.stdout.contains("[tdp-range]"))
        let strict = try OAMProcess.run(["validate", "--registry", folder.path, "--strict"])
        #expect(strict.status == 1)
    }

    /// A named file is checked as if added to the registry: its own findings, and the
    /// registry-wide findings it causes in other files (the original now shares its id and
    /// has an alias the copy's id answers to), but not what the rest of the registry had
    /// without it (a model copied under another name, a duplicate id already).
    @Test func namedFileIsCheckedAgainstTheRestOfTheRegistry() throws {
        let folder = try TemporaryRegistry(copying: good)
        try folder.write(
            "accelerators/acme/x1-copy.yaml",
            contents: try String(contentsOfFile: good + "/accelerators/acme/x1.yaml", encoding: .utf8))
        try folder.write(
            "models/acme/tiny-8b-copy.yaml",
            contents: try String(contentsOfFile: good + "/models/acme/tiny-8b.yaml", encoding: .utf8))
        let result = try OAMProcess.run(["validate", "--registry", folder.path, folder.path + "/accelerators/acme/x1-copy.yaml"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("x1-copy.yaml:3:5: error: id 'acme/x1' is also used by"))
        #expect(
            result.stdout.contains(
                "acme/x1.yaml:3:5: error: id 'acme/x1' is also used by \(folder.path)/accelerators/acme/x1-copy.yaml"))
        #expect(!result.stdout.contains("tiny-8b"))
    }

    @Test func missingPathCannotRun() throws {
        let result = try OAMProcess.run(["validate", "--registry", "/nonexistent/registry"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/nonexistent/registry"))
    }

    @Test func missingInputPathCannotRun() throws {
        let result = try OAMProcess.run(["validate", "/nonexistent/descriptor.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/nonexistent/descriptor.yaml: no such file or folder"))
        #expect(!result.stdout.contains("file-limits"))
    }

    @Test func folderWithoutDescriptorsCannotRun() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("oam-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let result = try OAMProcess.run(["validate", empty.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no descriptor"))
    }

    @Test func usageErrorExits64() throws {
        let result = try OAMProcess.run(["validate", "--format", "xml"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("xml"))
    }
}

/// A misspelt block is one finding (unknown-key), not a cascade from the evidence rules.
@Suite struct MisspeltBlockEndToEndTests {
    @Test func misspeltBlockDoesNotCascade() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oam-misspelt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("x1.yaml")
        try Data(
            """
            kind: accelerator
            id: acme/x1
            memroy:
              capacity: 192 GiB
              bandwidth: 5.3 TB/s
            sources:
              acme:
                url: https://acme.example/x1
                tier: vendor
                covers: [memory.capacity, memory.bandwidth]

            """.utf8
        ).write(to: file)
        let result = try OAMProcess.run(["validate", file.path, "--format", "json"])
        #expect(result.stdout.contains("unknown-key"))
        #expect(!result.stdout.contains("figure-has-source"))
        #expect(!result.stdout.contains("covers-path-exists"))
        #expect(!result.stdout.contains("memroy.capacity"))
    }
}
