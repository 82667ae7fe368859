import OAMCore
import OAMRegistry
import OAMTestSupport
import Testing

/// `Registry.resolve` and `Registry.search` on a small registry written for the test.
@Suite struct NameResolutionTests {
    /// Three accelerators and a model; the Ascend pair shares the brand `昇腾`.
    static func registry() throws -> (TemporaryRegistry, Registry) {
        let folder = try TemporaryRegistry()
        try folder.write(
            "accelerators/huawei/ascend-910b.yaml",
            contents:
                "kind: accelerator\nid: huawei/ascend-910b\nname: Huawei Ascend 910B\nvendor: huawei\naliases: [910b, 昇腾910B]\n")
        try folder.write(
            "accelerators/huawei/ascend-910c.yaml",
            contents:
                "kind: accelerator\nid: huawei/ascend-910c\nname: Huawei Ascend 910C\nvendor: huawei\naliases: [910c, 昇腾910C]\n")
        try folder.write(
            "accelerators/moore-threads/mtt-s4000.yaml",
            contents:
                "kind: accelerator\nid: moore-threads/mtt-s4000\nname: Moore Threads MTT S4000\nvendor: moore-threads\naliases: [s4000, 摩尔线程MTT S4000]\n"
        )
        try folder.write(
            "models/acme/s4000-chat.yaml", contents: "kind: model\nid: acme/s4000-chat\nname: Acme S4000 Chat\n")
        return (folder, RegistryLoader().load(paths: [folder.path]))
    }

    static func id(_ resolution: NameResolution) -> String? {
        if case .found(let file) = resolution { return file.descriptor?.id }
        return nil
    }

    @Test(arguments: [
        "moore-threads/mtt-s4000", "MTT S4000", "mtt-s4000", "ＭＴＴ　Ｓ４０００", "Moore Threads MTT S4000",
        "摩尔线程 MTT S4000", "s4000", "MOORE-THREADS/MTT-S4000",
    ])
    func everySpellingOfANameResolvesToItsDescriptor(_ name: String) throws {
        let (folder, registry) = try Self.registry()
        defer { _ = folder }
        #expect(Self.id(registry.resolve(name, kind: .accelerator)) == "moore-threads/mtt-s4000")
    }

    @Test func chineseNamesResolve() throws {
        let (folder, registry) = try Self.registry()
        defer { _ = folder }
        #expect(Self.id(registry.resolve("昇腾910B")) == "huawei/ascend-910b")
        #expect(Self.id(registry.resolve("昇腾 910C")) == "huawei/ascend-910c")
    }

    @Test func aBrandSharedBySeveralIsAmbiguousWithEveryCandidate() throws {
        let (folder, registry) = try Self.registry()
        defer { _ = folder }
        guard case .ambiguous(let candidates) = registry.resolve("昇腾") else {
            Issue.record("昇腾 should be ambiguous")
            return
        }
        #expect(candidates == ["huawei/ascend-910b", "huawei/ascend-910c"])
    }

    @Test func aPartOfOneNameOnlyIsNotResolvedSilently() throws {
        let (folder, registry) = try Self.registry()
        defer { _ = folder }
        guard case .notFound = registry.resolve("摩尔线程", kind: .accelerator) else {
            Issue.record("a fragment of one name must not resolve")
            return
        }
        #expect(registry.suggestions(for: "摩尔线程", kind: .accelerator).contains("moore-threads/mtt-s4000"))
    }

    @Test func theKindNarrowsWhatANameMeans() throws {
        let (folder, registry) = try Self.registry()
        defer { _ = folder }
        // "s4000" is an alias of the accelerator and part of the model's name; among models only the
        // model contains it, and a part of one name does not resolve.
        #expect(Self.id(registry.resolve("s4000")) == "moore-threads/mtt-s4000")
        #expect(Self.id(registry.resolve("Acme S4000 Chat", kind: .model)) == "acme/s4000-chat")
        #expect(registry.accelerator("Acme S4000 Chat") == nil)
    }

    @Test func searchRanksExactThenPrefixThenContainedMatches() throws {
        let (folder, registry) = try Self.registry()
        defer { _ = folder }
        // "910b" is an exact alias of the 910B; the 910C does not contain it.
        #expect(registry.search("910B").compactMap(\.descriptor?.id) == ["huawei/ascend-910b"])
        // "s4000": exact alias of the accelerator, then the start of the model's product part.
        #expect(registry.search("S 4000").compactMap(\.descriptor?.id) == ["moore-threads/mtt-s4000", "acme/s4000-chat"])
        #expect(
            registry.search("ascend", kind: .accelerator).compactMap(\.descriptor?.id) == [
                "huawei/ascend-910b", "huawei/ascend-910c",
            ])
        #expect(registry.search("nothing-like-this").isEmpty)
        #expect(registry.search("--").count == 4)
    }
}
