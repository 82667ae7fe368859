import Foundation
import OAMCore
import OAMRegistry
import OAMTestSupport
import Testing

/// Every form of loading reads each descriptor file once: `oam validate --registry DIR`
/// (`load(paths:)`) and `oam validate FILE…` checked against the registry
/// (`load(named:inContextOf:)`), counted through the loader's reader seam.
@Suite struct ReadOnceTests {
    /// Paths the loader read, with how often, behind a lock (files load on all cores).
    final class ReadCounter: @unchecked Sendable {
        private let lock = NSLock()
        private var counts: [String: Int] = [:]

        var reader: RegistryLoader.Reader {
            { path, maxBytes throws(FileReader.Failure) in
                self.lock.withLock { self.counts[URL(fileURLWithPath: path).standardizedFileURL.path, default: 0] += 1 }
                return try FileReader.read(path, maxBytes: maxBytes)
            }
        }

        var snapshot: [String: Int] { lock.withLock { counts } }
    }

    static let good = Fixtures.path("registries/good")
    /// The three files of the fixture registry, standardised.
    static let goodFiles = Set(
        ["specs/ocp-oam-1.0.yaml", "models/acme/tiny-8b.yaml", "accelerators/acme/x1.yaml"].map {
            URL(fileURLWithPath: good + "/" + $0).standardizedFileURL.path
        })

    @Test func registryFolderReadsEachFileOnce() {
        let counter = ReadCounter()
        let registry = RegistryLoader(read: counter.reader).load(paths: [Self.good])
        #expect(registry.files.count == 3)
        #expect(counter.snapshot == Dictionary(uniqueKeysWithValues: Self.goodFiles.map { ($0, 1) }))
    }

    /// `oam validate DIR`'s one pass per file (`Validator.loadAndValidate`) reads each once.
    @Test func checkingWhileLoadingReadsEachFileOnce() {
        let counter = ReadCounter()
        let (registry, _) = Validator().loadAndValidate(paths: [Self.good], with: RegistryLoader(read: counter.reader))
        #expect(registry.files.count == 3)
        #expect(counter.snapshot == Dictionary(uniqueKeysWithValues: Self.goodFiles.map { ($0, 1) }))
    }

    /// A named file inside the registry, spelt with `..`, is read once, as the named file,
    /// and left out of the context; the registry's other files are read once as context.
    @Test(arguments: [
        "accelerators/acme/x1.yaml", "accelerators/../accelerators/acme/x1.yaml", "models/acme/tiny-8b.yaml",
    ])
    func namedFileInsideTheRegistryIsReadOnce(relative: String) {
        let counter = ReadCounter()
        let named = Self.good + "/" + relative
        let (candidates, context) = RegistryLoader(read: counter.reader).load(named: [named], inContextOf: Self.good)
        #expect(candidates.files.map(\.path) == [named])
        #expect(context.files.count == 2)
        #expect(counter.snapshot == Dictionary(uniqueKeysWithValues: Self.goodFiles.map { ($0, 1) }))
    }

    /// A named folder outside the registry: its files and the registry's, each read once.
    @Test func namedFolderOutsideTheRegistryIsReadOnce() throws {
        let folder = try TemporaryRegistry()
        try folder.write("accelerators/acme/x9.yaml", contents: "kind: accelerator\nid: acme/x9\n")
        let counter = ReadCounter()
        let (candidates, context) = RegistryLoader(read: counter.reader).load(named: [folder.path], inContextOf: Self.good)
        let extra = URL(fileURLWithPath: folder.path + "/accelerators/acme/x9.yaml").standardizedFileURL.path
        #expect(candidates.files.map(\.path) == [folder.path + "/accelerators/acme/x9.yaml"])
        #expect(context.files.count == 3)
        #expect(counter.snapshot == Dictionary(uniqueKeysWithValues: (Self.goodFiles.union([extra])).map { ($0, 1) }))
    }
}
