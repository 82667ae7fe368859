import Foundation
import OAMCore
import OAMRegistry

/// Renders findings in each `DiagnosticFormat`.
public enum DiagnosticRenderer {
    /// The findings of a run in `format`, capped as `CappedDiagnostics` says; the summary
    /// and the counts cover every finding.
    public static func render(_ diagnostics: [Diagnostic], format: DiagnosticFormat, filesChecked: Int) -> String {
        let capped = CappedDiagnostics(diagnostics)
        switch format {
        case .text:
            var lines = capped.shown.map(\.formatted)
            lines += capped.omissionLines
            lines.append(summary(capped, filesChecked: filesChecked))
            return lines.joined(separator: "\n")
        case .github:
            var lines = capped.shown.map(githubAnnotation)
            lines += capped.omissionLines.map { "::notice::" + $0 }
            return lines.joined(separator: "\n")
        case .json:
            return JSONValue.object(members(capped, filesChecked: filesChecked)).serialized(pretty: true)
        case .sarif:
            return SARIFRenderer.render(capped).serialized(pretty: true)
        }
    }

    /// The members of the `--format json` document, capped; callers that say more about the
    /// run (`ValidationReport`) append theirs after these.
    public static func documentMembers(_ diagnostics: [Diagnostic], filesChecked: Int) -> [(String, JSONValue)] {
        members(CappedDiagnostics(diagnostics), filesChecked: filesChecked)
    }

    static func members(_ capped: CappedDiagnostics, filesChecked: Int) -> [(String, JSONValue)] {
        [
            ("files_checked", .integer(filesChecked)),
            ("errors", .integer(capped.errors)),
            ("warnings", .integer(capped.warnings)),
            ("omitted", .integer(capped.omitted)),
            ("diagnostics", .array(capped.shown.map(json))),
        ]
    }

    public static func summary(_ diagnostics: [Diagnostic], filesChecked: Int) -> String {
        summary(CappedDiagnostics(diagnostics), filesChecked: filesChecked)
    }

    static func summary(_ capped: CappedDiagnostics, filesChecked: Int) -> String {
        let errors = capped.errors
        let warnings = capped.warnings
        return
            "checked \(filesChecked) file\(filesChecked == 1 ? "" : "s"): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }

    public static func json(_ d: Diagnostic) -> JSONValue {
        .object([
            ("file", .string(d.file)),
            ("line", .integer(d.range.start.line)),
            ("column", .integer(d.range.start.column)),
            ("end_line", .integer(d.range.end.line)),
            ("end_column", .integer(d.range.end.column)),
            ("severity", .string(d.severity.rawValue)),
            ("rule", .string(d.ruleID)),
            ("message", .string(d.message)),
            ("fix", .string(d.fix)),
        ])
    }

    /// `::error file=F,line=L,col=C,endLine=…,endColumn=…,title=RULE::MESSAGE` with the
    /// escaping GitHub requires (`%`, CR, LF; plus `:` and `,` in properties).
    public static func githubAnnotation(_ d: Diagnostic) -> String {
        func escapeData(_ s: String) -> String {
            s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(
                of: "\n", with: "%0A")
        }
        func escapeProperty(_ s: String) -> String {
            escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
        }
        let level = d.severity == .error ? "error" : "warning"
        var message = d.message
        if let fix = d.fix { message += "; \(fix)" }
        return
            "::\(level) file=\(escapeProperty(d.file)),line=\(d.range.start.line),col=\(d.range.start.column),endLine=\(d.range.end.line),endColumn=\(d.range.end.column),title=\(escapeProperty(d.ruleID))::\(escapeData(message))"
    }
}
