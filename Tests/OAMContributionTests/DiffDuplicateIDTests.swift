import Foundation
import OAMCore
import OAMRegistry
import OAMTestSupport
import Testing

/// `oam diff` matches descriptors by id, so a side holding one id twice is refused (exit 2,
/// naming both files) instead of one of the two being dropped silently.
@Suite struct DiffDuplicateIDTests {
    func registryWithACopy() throws -> TemporaryRegistry {
        let registry = try TemporaryRegistry(copying: Fixtures.path("registries/good"))
        try registry.write(
            "accelerators/acme/x1-copy.yaml",
            contents: try String(contentsOfFile: registry.path + "/accelerators/acme/x1.yaml", encoding: .utf8))
        return registry
    }

    @Test func duplicateIDsAreListedWithTheirFiles() throws {
        let registry = try registryWithACopy()
        let bundle = ExportBundle(
            registry: RegistryLoader().load(paths: [registry.path]), root: registry.path, registryRevision: "t")
        #expect(bundle.duplicateIDs.map(\.id) == ["acme/x1"])
        #expect(bundle.duplicateIDs.first?.files.sorted() == ["accelerators/acme/x1-copy.yaml", "accelerators/acme/x1.yaml"])
    }

    @Test func diffOfAFolderWithADuplicateIDIsAnError() throws {
        let registry = try registryWithACopy()
        for arguments in [[Fixtures.path("registries/good"), registry.path], [registry.path, Fixtures.path("registries/good")]] {
            let result = try OAMProcess.run(["diff"] + arguments)
            #expect(result.status == 2)
            #expect(
                result.stderr.contains(
                    "\(registry.path): id 'acme/x1' is held by 'accelerators/acme/x1-copy.yaml' and 'accelerators/acme/x1.yaml'"),
                "\(result.stderr)")
        }
    }

    /// A bundle file someone edited to hold two descriptors with one id is refused too (by
    /// the bundle reader, before the diff's own check).
    @Test func diffOfABundleWithADuplicateIDIsAnError() throws {
        let folder = try TemporaryRegistry()
        let export = try OAMProcess.run(["export", "--registry", Fixtures.path("registries/good")])
        #expect(export.status == 0, "\(export.stderr)")
        var bundle = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        var descriptors = try #require(bundle["descriptors"] as? [[String: Any]])
        var copy = try #require(descriptors.first { $0["id"] as? String == "acme/x1" })
        copy["file"] = "accelerators/acme/x1-again.yaml"
        descriptors.append(copy)
        bundle["descriptors"] = descriptors
        try folder.write("dup.json", bytes: Array(try JSONSerialization.data(withJSONObject: bundle)))
        let result = try OAMProcess.run(["diff", Fixtures.path("registries/good"), folder.path + "/dup.json"])
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(
            result.stderr.contains("duplicate descriptor acme/x1: descriptors 1 and 4 of the bundle have the same id"),
            "\(result.stderr)")
    }
}
