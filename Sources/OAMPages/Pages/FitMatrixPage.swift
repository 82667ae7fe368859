import Foundation
import OAMSolver

/// A static site's stand-in for the fit form: every registry model against every module at
/// the default workload, one cell per pair with the verdict and its key numbers, each linking
/// to that verdict (reasons, memory bar, step-by-step explanation) on the model's answer page.
public enum FitMatrixPage {
    /// `reports` holds one answer per model, each over every module; `revision` is the
    /// registry's git revision the answers were computed from, when known.
    public static func render(_ reports: [FitReport], revision: String?, context: PageContext) -> String {
        let t = context.t
        let links = context.links
        let modules = context.registry.accelerators.sorted { $0.id < $1.id }
        var main: [HTMLNode] = []
        if case .serving(let w)? = reports.first?.workload {
            main.append(
                .el(
                    "p",
                    text: t(
                        .matrixIntro,
                        [
                            "input": String(w.inputTokens), "output": String(w.outputTokens),
                            "batch": w.maximizeBatch ? t(.fitWorkloadMaxBatch) : String(w.batch),
                            "utilisation": Units.percent(w.memoryUtilization),
                        ])))
        }
        main.append(.el("p", text: t(.matrixSources)))
        if let revision { main.append(.el("p", text: t(.matrixRevision, ["revision": revision]))) }
        let header: HTMLNode = .el(
            "tr",
            [.el("th", [HTMLAttribute("scope", "col")], text: t(.columnModule))]
                + reports.map { report -> HTMLNode in
                    .el(
                        "th", [HTMLAttribute("scope", "col")],
                        [.link(report.model.name, href: links.href("/fit", [("model", report.model.id), ("explain", "true")]))])
                })
        let rows: [HTMLNode] = modules.map { a -> HTMLNode in
            .el(
                "tr",
                [.el("th", [HTMLAttribute("scope", "row")], [.link(a.name, href: links.accelerator(a.id))])]
                    + reports.map { report -> HTMLNode in
                        guard let verdict = report.results.first(where: { $0.chip == a.id }) else {
                            return .el("td", text: t(.notStated))
                        }
                        return .el(
                            "td", [HTMLAttribute("class", verdict.fits ? "fit-yes" : "fit-no")],
                            [.link(cell(verdict, t: t), href: links.fitResult(model: report.model.id, chip: a.id))])
                    })
        }
        main.append(
            .el(
                "div", [HTMLAttribute("class", "scroll")],
                [
                    .el(
                        "table", [HTMLAttribute("class", "matrix")],
                        [.el("caption", text: t(.matrixCaption)), .el("thead", [header]), .el("tbody", rows)])
                ]))
        return PageLayout.document(title: t(.matrixTitle), context: context, main: main)
    }

    /// The verdict in a few words: "yes: 2 × · 1234 tok/s" ("yes: 2 ×" when the speed is
    /// unknown), or "no".
    static func cell(_ v: ChipVerdict, t: Localizer) -> String {
        guard v.fits else { return t(.fitNo) }
        let modules = t(.matrixCellFits, ["modules": v.modules.map(String.init) ?? t(.notStated)])
        guard let speed = v.best?.speed else { return modules }
        return modules + t(.matrixCellRate, ["rate": String(format: "%.0f", speed.outputTokensPerSecond)])
    }
}
