import OAMCore
import Testing

/// Findings are ordered by file, then line, then column, then rule id, then message, so
/// output is stable run to run; each field decides only when the ones before it are equal.
@Suite struct DiagnosticOrderTests {
    static func finding(_ file: String, _ line: Int, _ column: Int, _ rule: String, _ message: String) -> Diagnostic {
        let at = SourceRange.Position(line: line, column: column)
        return Diagnostic(
            severity: .error, ruleID: rule, message: message, file: file, range: SourceRange(start: at, end: at))
    }

    @Test func eachFieldDecidesInTurn() {
        let ordered = [
            Self.finding("a.yaml", 9, 9, "z", "z"),
            Self.finding("b.yaml", 1, 9, "z", "z"),
            Self.finding("b.yaml", 2, 1, "z", "z"),
            Self.finding("b.yaml", 2, 3, "a", "z"),
            Self.finding("b.yaml", 2, 3, "b", "a"),
            Self.finding("b.yaml", 2, 3, "b", "b"),
        ]
        #expect(ordered.reversed().sorted() == ordered)
        #expect(ordered.shuffled().sorted() == ordered)
        for (index, finding) in ordered.enumerated() {
            #expect(!(finding < finding))
            for later in ordered[(index + 1)...] {
                #expect(finding < later && !(later < finding), "\(finding.formatted) before \(later.formatted)")
            }
        }
    }
}
