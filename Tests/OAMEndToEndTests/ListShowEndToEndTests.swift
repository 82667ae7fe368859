import Foundation
import OAMTestSupport
import Testing

/// `oam list` and `oam show` on the shipped registry and on fixtures.
@Suite struct ListShowEndToEndTests {
    @Test func showJSONCarriesTheContractFields() throws {
        let result = try OAMProcess.run(["show", "mi300x", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["id"] as? String == "amd/mi300x")
        #expect(object["vendor"] as? String == "amd")
        #expect(object["form_factor"] as? String == "oam")
        // 192 GiB is exactly 192 × 2^30 bytes.
        #expect(object["memory_bytes"] as? Int == 192 * (1 << 30))
        #expect(object["memory_bandwidth_bytes_per_second"] as? Double == 5.3e12)
        #expect(object["tdp_watts"] as? Int == 750)
        let peaks = try #require(object["peak_dense_flops_per_second"] as? [String: Any])
        #expect(peaks["bf16"] as? Double == 1.3074e15)
        let tiers = try #require(object["evidence_tiers"] as? [String: Any])
        #expect(tiers["memory.capacity"] is String)
    }

    @Test func unknownIDSuggestsTheClosest() throws {
        let result = try OAMProcess.run(["show", "mi300"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no descriptor 'mi300'"))
        #expect(result.stderr.contains("'amd/mi300x'"))
    }

    @Test func listFiltersCombine() throws {
        let result = try OAMProcess.run([
            "list", "--form-factor", "oam", "--precision", "fp8", "--min-memory", "190GiB", "--format", "json",
        ])
        #expect(result.status == 0)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let ids = Set(items.compactMap { $0["id"] as? String })
        #expect(ids.contains("amd/mi300x"))
        #expect(!ids.contains("nvidia/h200-sxm"))  // SXM
        #expect(!ids.contains("intel/gaudi3"))  // 128 GB < 190 GiB
        for item in items {
            #expect((item["memory_bytes"] as? Double ?? Double(item["memory_bytes"] as? Int ?? 0)) >= 190 * Double(1 << 30))
        }
    }

    @Test func badFilterIsAUsageError() throws {
        let result = try OAMProcess.run(["list", "--form-factor", "oamm"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("did you mean 'oam'?"))
    }

    @Test func registryIsFoundFromAnotherFolderAndOverridable() throws {
        let elsewhere = try TemporaryRegistry()
        let found = try OAMProcess.run(["list", "specs"], in: elsewhere.path)
        #expect(found.status == 0)
        #expect(found.stdout.contains("ocp-oam-1.0"))
        let fixture = Fixtures.path("registries/good")
        let byFlag = try OAMProcess.run(["list", "--registry", fixture], in: elsewhere.path)
        #expect(byFlag.stdout.contains("acme/x1"))
        #expect(!byFlag.stdout.contains("amd/mi300x"))
        let byEnvironment = try OAMProcess.run(["list"], in: elsewhere.path, environment: ["OAM_REGISTRY": fixture])
        #expect(byEnvironment.stdout.contains("acme/x1"))
    }

    @Test func rulesMarkdownMatchesTheCommittedReference() throws {
        let result = try OAMProcess.run(["rules", "--markdown"])
        let committed = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Docs/rules.md"), encoding: .utf8)
        #expect(result.stdout == committed, "Docs/rules.md is stale: run `swift run oam rules --markdown > Docs/rules.md`")
    }
}

/// `Docs/catalog.md` is generated from the registry and must not drift from it.
@Suite struct CatalogEndToEndTests {
    @Test func catalogMatchesTheCommittedDocument() throws {
        let result = try OAMProcess.run(["catalog"])
        #expect(result.status == 0)
        let committed = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Docs/catalog.md"), encoding: .utf8)
        #expect(result.stdout == committed, "Docs/catalog.md is stale: run `swift run oam catalog > Docs/catalog.md`")
        #expect(result.stdout.contains("`amd/mi300x`"))
    }
}
