import Foundation
import OAMRegistry
import Testing

/// `StandardizedPathSet` answers what standardizing every path answers, for spellings of
/// one file and of others: relative, `./`, `..`, doubled and trailing slashes, absolute,
/// and paths that end in `.` or `..` (the only ones whose last component standardizing
/// changes).
@Suite struct StandardizedPathSetTests {
    static let cwd = FileManager.default.currentDirectoryPath

    static let spellings = [
        "accelerators/amd/mi300x.yaml", "./accelerators/amd/mi300x.yaml", "accelerators/nvidia/../amd/mi300x.yaml",
        "accelerators//amd/mi300x.yaml", "accelerators/amd/mi300x.yaml/", "\(cwd)/accelerators/amd/mi300x.yaml",
        "accelerators/amd/mi325x.yaml", "models/amd/mi300x.yaml", "mi300x.yaml", "accelerators/amd/.", "accelerators/amd/..",
        "accelerators", "accelerators/amd/x/..", "/", ".", "..", "",
    ]

    @Test func answersWhatStandardizingEveryPathAnswers() {
        for members in [["accelerators/amd/mi300x.yaml"], ["accelerators"], ["accelerators/amd"], ["/"], spellingsSample] {
            let set = StandardizedPathSet(members)
            let standardized = Set(members.map(RegistryLoader.standardized))
            for path in Self.spellings {
                #expect(
                    set.contains(path) == standardized.contains(RegistryLoader.standardized(path)), "\(members) ∋ \(path)")
            }
        }
    }

    @Test func spellingsOfOneFileAreOneMember() {
        let set = StandardizedPathSet(["accelerators/amd/mi300x.yaml"])
        #expect(set.contains("./accelerators/amd/mi300x.yaml"))
        #expect(set.contains("accelerators/nvidia/../amd/mi300x.yaml"))
        #expect(set.contains("\(Self.cwd)/accelerators/amd/mi300x.yaml"))
        #expect(!set.contains("accelerators/amd/mi325x.yaml"))
        #expect(!set.contains("models/amd/mi300x.yaml"))
        // A folder spelled with `..` at its end is standardized, not dismissed by its name.
        #expect(StandardizedPathSet(["accelerators/amd"]).contains("accelerators/amd/x/.."))
        #expect(StandardizedPathSet(["accelerators/amd"]).contains("accelerators/amd/."))
    }

    private var spellingsSample: [String] { ["./models/x.yaml", "accelerators/nvidia/../amd/mi300x.yaml"] }
}
