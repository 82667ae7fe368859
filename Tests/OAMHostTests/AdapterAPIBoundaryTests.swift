import Foundation
import OAMTestSupport
import Testing

/// Vendor adapters compile against `OAMAdapterAPI` alone, and `OAMAdapterAPI` passes on only
/// the lower-layer declarations it names. SwiftPM lets a target import any module its
/// dependencies bring along (an adapter could write `import OAMCore` and still build), so the
/// boundary the build cannot enforce is held here, for every adapter, including ones added later.
@Suite struct AdapterAPIBoundaryTests {
    /// The only module a file under Plugins/ may import.
    static let adapterAPI = "OAMAdapterAPI"

    /// Every Swift file below `folder`, as a path relative to the repository root.
    static func swiftFiles(under folder: String) -> [String] {
        let root = Fixtures.repositoryRoot.appendingPathComponent(folder)
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        let urls = (walker?.allObjects as? [URL]) ?? []
        return urls.filter { $0.pathExtension == "swift" }.map { folder + "/" + $0.path.dropFirst(root.path.count + 1) }.sorted()
    }

    static let pluginFiles = swiftFiles(under: "Plugins")

    /// The modules a Swift text imports (`import X`, `@_exported import X`, `import struct X.Y`).
    static func importedModules(_ text: String) -> [String] {
        let kinds: Set<Substring> = ["struct", "class", "enum", "protocol", "typealias", "func", "var", "let"]
        return text.split(separator: "\n").compactMap { line -> String? in
            var words = line.split(separator: " ").drop { $0.hasPrefix("@") }
            guard words.first == "import" else { return nil }
            words = words.dropFirst()
            if let kind = words.first, kinds.contains(kind) { words = words.dropFirst() }
            return words.first.map { String($0.split(separator: ".")[0]) }
        }
    }

    static func read(_ path: String) -> String {
        (try? String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    @Test func importedModulesAreReadWithTheirScopes() {
        let text = "import Foundation\n@_exported import struct OAMCore.Quantity\n  import OAMAdapterAPI\n// import Nope\n"
        #expect(Self.importedModules(text) == ["Foundation", "OAMCore", "OAMAdapterAPI"])
    }

    @Test func pluginSourcesImportOnlyTheAdapterAPI() {
        // 17 adapters, each with at least its plugin type.
        #expect(Self.pluginFiles.count >= 17)
        var importing = 0
        for path in Self.pluginFiles {
            // A file of plain data (source URLs, tables of strings) may import nothing.
            let modules = Self.importedModules(Self.read(path))
            if modules.contains(Self.adapterAPI) { importing += 1 }
            for module in modules where module != Self.adapterAPI {
                Issue.record(
                    "\(path) imports \(module); an adapter imports \(Self.adapterAPI) only (export what it needs from there)")
            }
        }
        #expect(importing >= 17, "every adapter's plugin type imports \(Self.adapterAPI)")
    }

    /// Package.swift builds every adapter target by one expression, with OAMAdapterAPI as its only
    /// dependency, and no other target takes its sources from Plugins/.
    @Test func pluginTargetsDependOnTheAdapterAPIOnly() {
        let package = Self.read("Package.swift")
        #expect(package.contains(#".target(name: name, dependencies: ["OAMAdapterAPI"], path: "Plugins/"#))
        #expect(package.components(separatedBy: #"path: "Plugins/"#).count == 2, "one target expression reads Plugins/")
    }

    /// OAMAdapterAPI re-exports named declarations (`@_exported import struct OAMCore.Quantity`),
    /// never a whole module, so a public type added to the core does not join the vendor contract.
    @Test func adapterAPIReexportsNamedDeclarationsOnly() {
        let files = Self.swiftFiles(under: "Sources/OAMAdapterAPI")
        #expect(files.count > 20)
        var exported = 0
        for path in files {
            for line in Self.read(path).split(separator: "\n") where line.hasPrefix("@_exported import ") {
                exported += 1
                let scoped = line.split(separator: " ").count == 4 && line.split(separator: " ")[3].contains(".")
                #expect(scoped, "\(path): '\(line)' re-exports a whole module")
            }
        }
        #expect(exported > 0)
    }
}
