import Foundation
import Testing

/// Every vendor folder has reviewers: a line of .github/CODEOWNERS per folder of
/// Registry/accelerators/ and Plugins/, so a new vendor's pull request reaches its people.
@Suite struct CodeOwnersTests {
    static func patterns() throws -> [String: [String]] {
        let text = try String(contentsOfFile: Repository.path(".github/CODEOWNERS"), encoding: .utf8)
        var patterns: [String: [String]] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard let pattern = fields.first else { continue }
            patterns[pattern] = Array(fields.dropFirst())
        }
        return patterns
    }

    static func folders(_ relative: String) throws -> [String] {
        let path = Repository.path(relative)
        return try FileManager.default.contentsOfDirectory(atPath: path).filter { name in
            var isDirectory: ObjCBool = false
            return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }.sorted()
    }

    @Test(arguments: ["Registry/accelerators", "Plugins"])
    func everyVendorFolderHasOwners(parent: String) throws {
        let patterns = try Self.patterns()
        let folders = try Self.folders(parent)
        #expect(!folders.isEmpty)
        for folder in folders {
            let owners = patterns["/\(parent)/\(folder)/"] ?? []
            #expect(
                !owners.isEmpty,
                "add a line '/\(parent)/\(folder)/ @oam-registry/maintainers @oam-registry/vendor-…' to .github/CODEOWNERS")
            #expect(owners.allSatisfy { $0.hasPrefix("@") }, "\(folder): owners must be @user or @org/team, found \(owners)")
        }
    }

    @Test func everyLineHasOwners() throws {
        for (pattern, owners) in try Self.patterns() {
            #expect(
                !owners.isEmpty && owners.allSatisfy { $0.hasPrefix("@") }, "CODEOWNERS line '\(pattern)' has owners \(owners)")
        }
    }
}
