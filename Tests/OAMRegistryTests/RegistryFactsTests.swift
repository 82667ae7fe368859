import OAMCore
import OAMRegistry
import Testing

/// The facts the registry-wide rules read instead of a file's tree: the `id` value's range
/// and the scalar aliases with theirs, taken when the file is decoded.
@Suite struct RegistryFactsTests {
    static func range(_ line: Int, _ column: Int, _ endLine: Int, _ endColumn: Int) -> SourceRange {
        SourceRange(start: .init(line: line, column: column), end: .init(line: endLine, column: endColumn))
    }

    @Test func idAndScalarAliasesWithTheirPositions() {
        let text = "kind: accelerator\nid: acme/x1\naliases: [x1, {a: b}, \"X 1\"]\n"
        let file = DescriptorParser.parse(bytes: Array(text.utf8), path: "x1.yaml")
        // `acme/x1` is columns 5–11 of line 2; the range ends after its last character.
        #expect(file.registryFacts.idRange == Self.range(2, 5, 2, 12))
        // `[` is column 10 of line 3: `x1` at 11–12; the mapping item `{a: b}` at 15–20 is
        // left out; `"X 1"` (quotes included) starts at column 23 and is five characters long.
        #expect(file.registryFacts.aliases.map(\.text) == ["x1", "X 1"])
        #expect(file.registryFacts.aliases.map(\.range) == [Self.range(3, 11, 3, 13), Self.range(3, 23, 3, 28)])
    }

    @Test func aFileWithoutTheFieldsHasNoFacts() {
        let file = DescriptorParser.parse(bytes: Array("kind: accelerator\naliases: x1\n".utf8), path: "x1.yaml")
        #expect(file.registryFacts.idRange == .fileStart)
        #expect(file.registryFacts.aliases.isEmpty)
    }
}
