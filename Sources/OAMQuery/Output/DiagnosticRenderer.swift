import Foundation
import OAMCore
import OAMRegistry

/// Renders findings in each `DiagnosticFormat`.
public enum DiagnosticRenderer {
    public static func render(_ diagnostics: [Diagnostic], format: DiagnosticFormat, filesChecked: Int) -> String {
        switch format {
        case .text:
            var lines = diagnostics.map(\.formatted)
            lines.append(summary(diagnostics, filesChecked: filesChecked))
            return lines.joined(separator: "\n")
        case .github:
            return diagnostics.map(githubAnnotation).joined(separator: "\n")
        case .json:
            return JSONValue.object([
                ("files_checked", .integer(filesChecked)),
                ("errors", .integer(diagnostics.filter { $0.severity == .error }.count)),
                ("warnings", .integer(diagnostics.filter { $0.severity == .warning }.count)),
                ("diagnostics", .array(diagnostics.map(json))),
            ]).serialized(pretty: true)
        case .sarif:
            return SARIFRenderer.render(diagnostics).serialized(pretty: true)
        }
    }

    public static func summary(_ diagnostics: [Diagnostic], filesChecked: Int) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
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
