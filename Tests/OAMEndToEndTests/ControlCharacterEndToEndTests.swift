import Foundation
import OAMTestSupport
import Testing

/// Escapes in double-quoted YAML (`"\e[2J"`, `"\n"`, `"\u202E"`) are validation errors, and
/// nothing oam prints from such a file — in any output format — carries the raw character.
@Suite struct ControlCharacterEndToEndTests {
    static let descriptor = """
        kind: accelerator
        id: acme/x1
        name: "\\e[2J\\u202Eforged\\nx.yaml:1:1: error: fake"
        "key\\x85": 1
        notes: |
          a block scalar's own
          line breaks are fine
        """

    @Test(arguments: ["text", "json", "sarif", "github"])
    func escapesAreErrorsAndNeverPrintedRaw(format: String) throws {
        let folder = try TemporaryRegistry()
        try folder.write("accelerators/acme/x1.yaml", contents: Self.descriptor + "\n")
        let result = try OAMProcess.run(["validate", "--registry", folder.path, "--format", format])
        #expect(result.status == 1)
        #expect(result.stdout.contains("control-character"), "\(result.stdout)")
        let raw = (result.stdout + result.stderr).unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
                || (0x202A...0x202E).contains($0.value)
        }
        #expect(raw.isEmpty, "raw control characters: \(raw.map { String($0.value, radix: 16) })")
        #expect(!result.stdout.contains("\nx.yaml:1:1: error: fake"), "a forged diagnostic line")
    }

    @Test func textNamesTheCharacterAndItsPlace() throws {
        let folder = try TemporaryRegistry()
        try folder.write("accelerators/acme/x1.yaml", contents: Self.descriptor + "\n")
        let result = try OAMProcess.run(["validate", "--registry", folder.path])
        #expect(
            result.stdout.contains(
                "x1.yaml:3:7: error: 'name' contains the control character U+001B; remove it; write plain text [control-character]"
            ),
            "\(result.stdout)")
        #expect(result.stdout.contains("x1.yaml:4:1: error: a key in 'the top level' contains the control character U+0085"))
        #expect(!result.stdout.contains("'notes' contains"))
    }
}
