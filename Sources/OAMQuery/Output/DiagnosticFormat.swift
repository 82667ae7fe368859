/// How `oam validate` prints findings.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    /// `file:line:col: severity: message [rule-id]`, as compilers print.
    case text
    /// One JSON document with every finding.
    case json
    /// GitHub Actions workflow annotations (`::error file=…,line=…,col=…::…`).
    case github
    /// SARIF 2.1.0 for code-scanning upload.
    case sarif
}
