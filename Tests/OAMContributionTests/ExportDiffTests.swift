import Foundation
import OAMCore
import OAMRegistry
import OAMTestSupport
import Testing

/// `oam export` and `oam diff`: bundles hold every figure in SI units with its sources,
/// read back to the same figures, and two bundles (or folders) diff figure by figure.
@Suite struct ExportDiffTests {
    static let good = Fixtures.path("registries/good")

    static func bundle(_ root: String = good, revision: String = "test") -> ExportBundle {
        ExportBundle(
            registry: RegistryLoader().load(paths: [root]), root: root, registryRevision: revision, generator: "oam test")
    }

    @Test func figuresAreInSIUnitsWithTheirSources() throws {
        let bundle = Self.bundle()
        #expect(bundle.descriptors.map(\.id) == ["acme/x1", "acme/tiny-8b", "ocp-oam-1.0"])
        let x1 = try #require(bundle.descriptors.first { $0.id == "acme/x1" })
        #expect(x1.file == "accelerators/acme/x1.yaml")
        let capacity = try #require(x1.figures.first { $0.path == "memory.capacity" })
        #expect(capacity.value == .integer(96 << 30))
        #expect(capacity.unit == "B")
        #expect(capacity.written == "96 GiB")
        #expect(capacity.tier == "vendor")
        #expect(capacity.sources.map(\.url) == ["https://example.com/acme/x1.pdf"])
        #expect(x1.figures.first { $0.path == "peak_dense.int8" }?.unit == "OP/s")
        #expect(x1.figures.first { $0.path == "scale_up.links" }?.value == .integer(7))
        #expect(x1.figures.first { $0.path == "unsupported" }?.value == .array([.string("fp4"), .string("fp6")]))
        #expect(!x1.figures.contains { $0.path.hasPrefix("sources") || $0.path == "id" || $0.path == "kind" })
        let spec = try #require(bundle.descriptors.first { $0.id == "ocp-oam-1.0" })
        #expect(spec.figures.first { $0.path == "power_profiles.1.supply" }?.value == .integer(48))
        #expect(spec.figures.first { $0.path == "dimensions.width" }?.value == .number(0.102))
    }

    @Test func jsonAndCSVReadBackToTheSameFigures() throws {
        let bundle = Self.bundle()
        let fromJSON = try ExportBundle(json: bundle.json.serialized(pretty: true))
        let fromCSV = try ExportBundle(csv: bundle.csv)
        #expect(fromJSON.registryRevision == "test")
        #expect(fromCSV.registryRevision == "test")
        #expect(fromJSON.schemaVersion == ExportBundle.currentSchemaVersion)
        #expect(BundleDiff(old: bundle, new: fromJSON).isEmpty, "\(BundleDiff(old: bundle, new: fromJSON).changes)")
        #expect(BundleDiff(old: bundle, new: fromCSV).isEmpty, "\(BundleDiff(old: bundle, new: fromCSV).changes)")
        #expect(BundleDiff(old: fromCSV, new: fromJSON).isEmpty)
        #expect(fromJSON.descriptors.map(\.figures.count) == bundle.descriptors.map(\.figures.count))
    }

    @Test func csvHasOneRowPerFigure() throws {
        let bundle = Self.bundle()
        let rows = bundle.csv.split(separator: "\r\n")
        #expect(rows.first == Substring(ExportBundle.csvColumns.joined(separator: ",")))
        #expect(rows.count == 1 + bundle.descriptors.map(\.figures.count).reduce(0, +))
        #expect(
            rows.contains {
                $0.hasPrefix(
                    "acme/x1,accelerator,memory.bandwidth,3200000000000,B/s,vendor,https://example.com/acme/x1.pdf,3.2 TB/s,")
            })
    }

    @Test func newerBundleSchemaIsRefused() throws {
        let text = Self.bundle().json.serialized().replacingOccurrences(of: "\"schema_version\":1", with: "\"schema_version\":99")
        #expect(throws: ExportBundle.ReadError.self) { try ExportBundle(json: text) }
    }

    /// export → edit → export → diff, through the binary, for folders and both formats.
    @Test func exportThenDiffRoundTrip() throws {
        let old = try TemporaryRegistry(copying: Self.good)
        let new = try TemporaryRegistry(copying: Self.good)
        try new.write("accelerators/acme/x1.yaml", replacing: "capacity: 96 GiB", with: "capacity: 128 GiB")
        try new.write(
            "accelerators/acme/x1.yaml", replacing: "  int8: 1600 TOPS\n", with: "  int8: 1600 TOPS\n  int4: 3200 TOPS\n")
        try new.write("accelerators/acme/x1.yaml", replacing: "  domain_size: 8\n", with: "")
        // Same in SI: no change.
        try new.write("accelerators/acme/x1.yaml", replacing: "bandwidth: 3.2 TB/s", with: "bandwidth: 3200 GB/s")
        try new.write(
            "specs/ocp-oam-1.0.yaml",
            replacing: "url: https://engineering.fb.com/2019/03/14/data-center-engineering/accelerator-modules/",
            with: "url: https://www.opencompute.org/oam")
        try new.write(
            "accelerators/acme/x2.yaml",
            contents: try String(contentsOfFile: Self.good + "/accelerators/acme/x1.yaml", encoding: .utf8)
                .replacingOccurrences(of: "id: acme/x1", with: "id: acme/x2").replacingOccurrences(
                    of: "aliases: [x1]", with: "aliases: [x2]"))
        let files = try TemporaryRegistry()

        let exportOld = try OAMProcess.run([
            "export", "--registry", old.path, "--format", "json", "--output", files.path + "/old.json",
        ])
        #expect(exportOld.status == 0, "\(exportOld.stderr)")
        let exportNew = try OAMProcess.run([
            "export", "--registry", new.path, "--format", "csv", "--output", files.path + "/new.csv",
        ])
        #expect(exportNew.status == 0, "\(exportNew.stderr)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: files.path + "/old.json")))
                as? [String: Any])
        #expect(json["format"] as? String == "oam-export")
        #expect(json["schema_version"] as? Int == 1)
        #expect(json["registry_revision"] as? String == "unknown", "not a git checkout")

        for (before, after) in [(files.path + "/old.json", files.path + "/new.csv"), (old.path, new.path)] {
            let diff = try OAMProcess.run(["diff", before, after])
            #expect(diff.status == 1, "\(diff.stderr)")
            let lines = diff.stdout.split(separator: "\n").map(String.init)
            #expect(
                lines.contains(
                    "  ~ memory.capacity: 96 GiB → 128 GiB  (103079215104 → 137438953472 B)  [vendor] https://example.com/acme/x1.pdf"
                ), "\(diff.stdout)")
            #expect(lines.contains("  + peak_dense.int4: 3200 TOPS  [vendor] https://example.com/acme/x1.pdf"))
            #expect(lines.contains("  - scale_up.domain_size: 8  (was [vendor] https://example.com/acme/x1.pdf)"))
            #expect(lines.contains { $0.hasPrefix("+ acme/x2 (new accelerator,") })
            #expect(
                lines.contains {
                    $0.hasPrefix("  ≈ published: 2019, sources [vendor] https://engineering.fb.com/")
                        && $0.hasSuffix("→ [vendor] https://www.opencompute.org/oam")
                })
            #expect(!diff.stdout.contains("memory.bandwidth"), "3.2 TB/s and 3200 GB/s are the same figure")
            #expect(!diff.stdout.contains("tiny-8b"))
        }

        let json2 = try OAMProcess.run(["diff", old.path, new.path, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json2.stdout.utf8)) as? [String: Any])
        let changes = try #require(object["changes"] as? [[String: Any]])
        #expect(changes.contains { $0["change"] as? String == "changed" && $0["path"] as? String == "memory.capacity" })

        let same = try OAMProcess.run(["diff", files.path + "/old.json", old.path])
        #expect(same.status == 0, "\(same.stdout)")
        #expect(same.stdout.hasSuffix("no differences\n"))
    }

    @Test func exportRefusesARegistryWithErrors() throws {
        let registry = try TemporaryRegistry(copying: Self.good)
        try registry.write("accelerators/acme/x1.yaml", replacing: "form_factor: oam", with: "form_factor: OAM")
        let result = try OAMProcess.run(["export", "--registry", registry.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("[enum-value]"))
        #expect(result.stdout.isEmpty)
    }

    @Test func diffOfAMissingPathCannotRun() throws {
        let result = try OAMProcess.run(["diff", "/nonexistent/a.json", Self.good])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no such file or folder"))
    }
}
