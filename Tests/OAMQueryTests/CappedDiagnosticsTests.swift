import OAMCore
import OAMQuery
import Testing

/// What a report shows of many findings: at most `perFile` per file with errors before
/// warnings, at most `perRun` in all, the rest counted; the kept findings in their order.
@Suite struct CappedDiagnosticsTests {
    /// A finding at `line` of `file`; the message names both so a failure shows which one.
    static func finding(_ severity: Severity, _ file: String, line: Int) -> Diagnostic {
        Diagnostic(
            severity: severity, ruleID: "unknown-key", message: "\(severity) at \(file):\(line)", file: file,
            range: SourceRange(start: .init(line: line, column: 1), end: .init(line: line, column: 2)))
    }

    /// a.yaml: 250 warnings (lines 1–250), then 3 errors (lines 251–253); b.yaml: 2 warnings.
    /// a.yaml keeps its 3 errors and the first 100 − 3 = 97 warnings (lines 1–97) and counts
    /// 253 − 100 = 153 left out; b.yaml keeps both. Shown: 100 + 2 = 102, in the given order.
    @Test func errorsComeBeforeWarningsWithinAFilesCap() {
        let a =
            (1...250).map { Self.finding(.warning, "a.yaml", line: $0) }
            + (251...253).map { Self.finding(.error, "a.yaml", line: $0) }
        let b = (1...2).map { Self.finding(.warning, "b.yaml", line: $0) }
        let capped = CappedDiagnostics(a + b)
        #expect(capped.errors == 3)
        #expect(capped.warnings == 252)
        #expect(capped.shown.map(\.range.start.line) == Array(1...97) + [251, 252, 253] + [1, 2])
        #expect(capped.shown.map(\.file) == Array(repeating: "a.yaml", count: 100) + ["b.yaml", "b.yaml"])
        #expect(capped.cutByFile.map(\.file) == ["a.yaml"])
        #expect(capped.cutByFile.map(\.count) == [153])
        #expect(capped.cutByRun == 0)
        #expect(capped.omitted == 153)
        #expect(capped.omissionLines == ["a.yaml: and 153 more findings in this file not shown (at most 100 per file)"])
    }

    /// Findings of one file need not be contiguous: a.yaml, b.yaml, a.yaml again count as one
    /// a.yaml of 4 with a cap of 3 (1 left out), listed by first appearance.
    @Test func aFilesFindingsAreCountedTogetherWhereverTheyAre() {
        let diagnostics = [
            Self.finding(.warning, "a.yaml", line: 1), Self.finding(.warning, "a.yaml", line: 2),
            Self.finding(.error, "b.yaml", line: 1),
            Self.finding(.warning, "a.yaml", line: 3), Self.finding(.error, "a.yaml", line: 4),
        ]
        let capped = CappedDiagnostics(diagnostics, perFile: 3)
        #expect(
            capped.shown.map(\.message) == [
                "warning at a.yaml:1", "warning at a.yaml:2", "error at b.yaml:1", "error at a.yaml:4",
            ])
        #expect(capped.cutByFile.map(\.file) == ["a.yaml"])
        #expect(capped.cutByFile.map(\.count) == [1])
        #expect(capped.errors == 2 && capped.warnings == 3)
    }

    /// Three files of 5 findings, 4 per file and 10 per run: 12 survive the file cap, the run
    /// cap keeps the first 10 and counts 2 (the last two of c.yaml).
    @Test func theRunCapCountsWhatTheFileCapsKept() {
        let diagnostics = ["a.yaml", "b.yaml", "c.yaml"].flatMap { file in (1...5).map { Self.finding(.warning, file, line: $0) }
        }
        let capped = CappedDiagnostics(diagnostics, perFile: 4, perRun: 10)
        #expect(capped.shown.count == 10)
        #expect(capped.shown.last.map { "\($0.file):\($0.range.start.line)" } == "c.yaml:2")
        #expect(capped.cutByFile.map(\.count) == [1, 1, 1])
        #expect(capped.cutByRun == 2)
        #expect(capped.omitted == 5)
        #expect(capped.omissionLines.last == "and 2 more findings not shown (at most 10 per run)")
    }

    @Test func nothingIsLeftOutBelowTheCaps() {
        let capped = CappedDiagnostics([Self.finding(.error, "a.yaml", line: 7)])
        #expect(capped.shown.count == 1 && capped.omitted == 0 && capped.omissionLines.isEmpty)
    }
}
