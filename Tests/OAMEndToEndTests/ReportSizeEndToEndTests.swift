import Foundation
import OAMTestSupport
import Testing

/// A file with 76,000 unknown keys yields 76,000 findings; reports show at most 100 per
/// file and 10,000 per run and count the rest, in every format. SARIF names files by
/// percent-encoded URI and says how columns are counted.
@Suite struct ReportSizeEndToEndTests {
    /// The acme/x1 fixture plus `count` unknown keys, as Scripts/hardening-inputs.py writes it.
    func manyKeys(_ count: Int) throws -> TemporaryRegistry {
        let folder = try TemporaryRegistry()
        let fixture = try String(
            contentsOfFile: Fixtures.path("registries/good/accelerators/acme/x1.yaml"), encoding: .utf8)
        try folder.write(
            "accelerators/acme/x1.yaml", contents: fixture + (0..<count).map { String(format: "k%05d: 1\n", $0) }.joined())
        return folder
    }

    @Test func textShowsAHundredAndCountsTheRest() throws {
        let folder = try manyKeys(76_000)
        let result = try OAMProcess.run(["validate", "--registry", folder.path])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        // 76,000 unknown keys plus one finding of the fixture alone in a folder (its
        // conforms_to names a spec the folder lacks), errors first: 1 + 99 shown.
        #expect(lines.filter { $0.contains(": error: ") }.count == 100)
        #expect(lines.filter { $0.contains("[unknown-key]") }.count == 99)
        #expect(
            lines.contains { $0.hasSuffix("x1.yaml: and 75,901 more findings in this file not shown (at most 100 per file)") })
        #expect(lines.last == "checked 1 file: 76001 errors, 0 warnings", "\(lines.last ?? "")")
        #expect(result.seconds < 30, "took \(result.seconds) s")
    }

    @Test func jsonAndSARIFCountWhatTheyLeaveOut() throws {
        let folder = try manyKeys(76_000)
        let json = try OAMProcess.run(["validate", "--registry", folder.path, "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(document["errors"] as? Int == 76_001)
        #expect(document["omitted"] as? Int == 75_901)
        #expect((document["diagnostics"] as? [Any])?.count == 100)
        let sarif = try OAMProcess.run(["validate", "--registry", folder.path, "--format", "sarif"])
        #expect(sarif.stdout.utf8.count < 1_000_000, "SARIF is \(sarif.stdout.utf8.count) bytes")
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect((run["results"] as? [Any])?.count == 100)
        #expect((run["properties"] as? [String: Any])?["omittedResults"] as? Int == 75_901)
    }

    /// Ten such files: 100 shown each; the run cap (10,000) is not reached.
    @Test func runCapCountsAcrossFiles() throws {
        let folder = try manyKeys(150)
        let fixture = try String(contentsOfFile: folder.path + "/accelerators/acme/x1.yaml", encoding: .utf8)
        for n in 2...3 {
            try folder.write(
                "accelerators/acme/x\(n).yaml", contents: fixture.replacingOccurrences(of: "acme/x1", with: "acme/x\(n)"))
        }
        let result = try OAMProcess.run(["validate", "--registry", folder.path, "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((document["diagnostics"] as? [Any])?.count == 300)
        #expect((document["omitted"] as? Int ?? 0) >= 150)
    }

    @Test func sarifURIsArePercentEncodedWithColumnKind() throws {
        let folder = try TemporaryRegistry()
        try folder.write("a b#%.yaml", contents: "kind: accelerator\nbogus: 1\n")
        let result = try OAMProcess.run(["validate", folder.path + "/a b#%.yaml", "--registry", folder.path, "--format", "sarif"])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let results = try #require(run["results"] as? [[String: Any]])
        let uris = results.compactMap {
            ((($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"]
                as? [String: Any])?["uri"] as? String
        }
        #expect(!uris.isEmpty)
        #expect(uris.allSatisfy { $0.hasSuffix("/a%20b%23%25.yaml") }, "\(uris)")
    }
}
