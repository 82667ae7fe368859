import Foundation
import OAMRegistry
import OAMTestSupport
import Testing

/// Which files of a folder the loader takes as descriptors: the rules Foundation's directory
/// enumerator followed before `DirectoryWalk` replaced it, each checked on a folder that has
/// one entry of every kind.
@Suite struct DescriptorFilesTests {
    /// `.yaml` and `.yml` files at any depth, a nested `schema/` and a link to a file are
    /// listed, and so is a directory named like a descriptor (refused when read); hidden
    /// entries, the top-level `schema/` and a link to a directory are not entered; other
    /// extensions are not listed.
    @Test func theWalkListsDescriptorsByName() throws {
        let folder = try TemporaryRegistry()
        let other = try TemporaryRegistry()
        for relative in [
            "a/x.yaml", "a/b/y.yml", "a/schema/nested.yaml", "named.yaml/inner.yaml", ".hidden/h.yaml", ".dot.yaml",
            "schema/top.yaml", "notes.txt",
        ] {
            try folder.write(relative, contents: "kind: accelerator\n")
        }
        try other.write("linked.yaml", contents: "kind: accelerator\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/linked-folder", withDestinationPath: other.path)
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/linked-file.yaml", withDestinationPath: other.path + "/linked.yaml")

        let expected = [
            "a/b/y.yml", "a/schema/nested.yaml", "a/x.yaml", "linked-file.yaml", "named.yaml", "named.yaml/inner.yaml",
        ]
        #expect(RegistryLoader.descriptorFiles(in: folder.path).sorted() == expected.map { folder.path + "/" + $0 })
        #expect(RegistryLoader.descriptorFiles(in: folder.path + "/").sorted() == expected.map { folder.path + "/" + $0 })
        // A folder that cannot be opened has no descriptors (`descriptorFiles(under:)` reports
        // a missing one).
        #expect(RegistryLoader.descriptorFiles(in: folder.path + "/missing").isEmpty)
    }

    /// The shipped registry: every listed file lies below it, none is hidden or under
    /// `schema/`, and each one loads as a descriptor.
    @Test func theShippedRegistryIsListedWhole() {
        let files = RegistryLoader.descriptorFiles(in: Fixtures.registry)
        #expect(files.count > 90)
        #expect(files.allSatisfy { $0.hasPrefix(Fixtures.registry + "/") && !$0.contains("/schema/") && !$0.contains("/.") })
        let registry = RegistryLoader().load(paths: [Fixtures.registry])
        #expect(registry.files.count == files.count)
        #expect(registry.files.allSatisfy { $0.descriptor != nil })
    }
}
