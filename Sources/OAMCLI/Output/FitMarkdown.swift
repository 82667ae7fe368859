import OAMCore
import OAMSolver

/// `oam fit --format markdown`: the ranked table and each chip's reasons.
enum FitMarkdown {
    static func render(_ report: FitReport, explain: Bool, front: Bool = false) -> String {
        var lines = FitRows.header(report).map { "_\($0)_" }
        lines.append("")
        let headers = FitRows.headers(report.workload)
        lines.append("| " + headers.joined(separator: " | ") + " |")
        lines.append("|" + headers.map { _ in "---" }.joined(separator: "|") + "|")
        for result in report.results {
            lines.append(
                "| "
                    + FitRows.cells(result, workload: report.workload).map { $0.replacingOccurrences(of: "|", with: "\\|") }
                    .joined(separator: " | ") + " |")
        }
        if front {
            lines.append("")
            lines.append("_\(FitFront.heading(report))_")
            lines.append("")
            lines.append("| " + FitFront.headers.joined(separator: " | ") + " |")
            lines.append("|" + FitFront.headers.map { _ in "---" }.joined(separator: "|") + "|")
            for row in FitFront.rows(report) { lines.append("| " + row.joined(separator: " | ") + " |") }
        }
        for result in report.results {
            lines.append("")
            lines.append("### \(result.chip): \(FitTable.verdictWord(result))")
            lines.append("")
            for reason in result.reasons { lines.append("- \(reason.text)") }
            if explain {
                for step in result.explanation {
                    lines.append("")
                    lines.append("**\(step.title)**")
                    lines.append("")
                    for line in step.lines { lines.append("    \(line)") }
                }
            }
        }
        return lines.joined(separator: "\n")
    }
}
