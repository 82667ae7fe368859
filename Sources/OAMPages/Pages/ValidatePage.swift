import OAMCore
import OAMQuery

/// `/validate`: a form to paste a descriptor (and optionally its registry path), and for a
/// checked one its diagnostics (`file:line:col: severity: message [rule]`, as `oam validate`
/// prints them) with the offending lines marked in the echoed source. The report comes from
/// `PostedDescriptor`, the check `POST /api/v1/validate` runs; this page only shows it.
public enum ValidatePage {
    /// The form alone when there is neither a report nor a refusal; `refusal` says why the
    /// input could not be checked (a bad path), shown above the form refilled with it.
    public static func render(
        source: String?, path: String?, report: ValidationReport?, refusal: String? = nil, context: PageContext
    ) -> String {
        let t = context.t
        var main: [HTMLNode] = []
        if let refusal { main.append(.el("p", [HTMLAttribute("role", "alert")], text: refusal)) }
        main.append(form(source: source, path: path, context: context))
        if let report, let source {
            main.append(.el("h2", text: t(.validateResultHeading)))
            if report.unreadable != nil {
                main.append(.el("p", [HTMLAttribute("role", "alert")], text: t(.validateUnreadable)))
            }
            if !report.skippedRules.isEmpty {
                main.append(.el("p", text: t(.validateLocationSkipped, ["rules": report.skippedRules.joined(separator: ", ")])))
            }
            let diagnostics = report.diagnostics
            if diagnostics.isEmpty {
                main.append(.el("p", [HTMLAttribute("role", "status")], text: t(.validateClean)))
            } else {
                let errors = diagnostics.count { $0.severity == .error }
                main.append(
                    .el(
                        "p", [HTMLAttribute("role", "status")],
                        text: t(.validateCounts, ["errors": String(errors), "warnings": String(diagnostics.count - errors)])))
                main.append(
                    .el(
                        "ul", [HTMLAttribute("class", "diagnostics")],
                        diagnostics.map { d in
                            // A finding the text causes in another file (an alias now taken
                            // twice) has no line in the echoed source to link to.
                            d.file == report.file
                                ? .el("li", [.el("a", [HTMLAttribute("href", "#L\(d.range.start.line)")], text: d.formatted)])
                                : .el("li", text: d.formatted)
                        }))
            }
            main.append(echo(source, diagnostics: diagnostics.filter { $0.file == report.file }, t: t))
        }
        return PageLayout.document(title: t(.validateTitle), context: context, main: main)
    }

    /// The source, one numbered row per line; a line a diagnostic starts on is marked and
    /// carries the diagnostics' text, so the mark does not rest on colour alone.
    static func echo(_ source: String, diagnostics: [Diagnostic], t: Localizer) -> HTMLNode {
        let byLine = Dictionary(grouping: diagnostics) { $0.range.start.line }
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let rows: [[HTMLNode]] = lines.enumerated().map { index, line in
            let number = index + 1
            let found = byLine[number] ?? []
            let code: HTMLNode = .el("code", text: String(line))
            return [
                .el("span", [HTMLAttribute("id", "L\(number)")], text: String(number)),
                found.isEmpty ? code : .el("mark", [code]),
                .text(found.map { "\($0.severity.rawValue): \($0.message) [\($0.ruleID)]" }.joined(separator: "; ")),
            ]
        }
        return .table(
            caption: t(.validateSourceCaption), headers: [t(.columnLine), t(.columnSourceText), t(.columnFindings)], rows: rows,
            attributes: [HTMLAttribute("class", "source")])
    }

    /// POST to `/validate` (a descriptor is too long for a URL): the YAML and its optional path.
    static func form(source: String?, path: String?, context: PageContext) -> HTMLNode {
        let t = context.t
        var action = "/validate"
        if context.language != .en { action += "?lang=" + context.language.rawValue }
        return .el(
            "form", [HTMLAttribute("method", "post"), HTMLAttribute("action", action), HTMLAttribute("class", "stacked")],
            [
                FormField.input("path", label: t(.validatePathLabel), value: path, placeholder: "accelerators/acme/x1.yaml"),
                FormField.textarea("descriptor", label: t(.validateSourceLabel), value: source, rows: 16),
                .el("button", [HTMLAttribute("type", "submit")], text: t(.validateSubmit)),
            ])
    }
}
