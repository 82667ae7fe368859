import Foundation
import OAMCore
import OAMRegistry
import OAMSolver

/// `/fit`: the form, and for a submitted question the solver's ranked answer — one row per
/// module, a stacked memory bar per module that fits, the reasons and the step-by-step
/// explanation (in `<details>`, readable without script). A static site has no form: its
/// answers are for the default workload, which the page states.
public enum FitPage {
    /// `report` is `nil` before a question is asked (the forms alone) or when it failed
    /// (`error`: the API's message, shown above the forms). `pasted`: the question came from
    /// the paste form (a posted config.json), which is then shown open and filled, so a
    /// refused config can be corrected in place.
    public static func render(_ report: FitReport?, pasted: Bool = false, error: String? = nil, context: PageContext)
        -> String
    {
        let t = context.t
        var empty = context
        empty.parameters = []
        var main: [HTMLNode] = []
        if let error { main.append(.el("p", [HTMLAttribute("role", "alert")], text: error)) }
        if context.links.answersForms {
            main += [
                FitForm.render(context: pasted ? empty : context),
                FitForm.renderPaste(context: pasted ? context : empty, open: pasted),
            ]
        }
        if let report {
            main.append(.el("h2", text: t(.fitResultHeading, ["model": report.model.name])))
            main.append(FitWorkload.render(report, t: t))
            main.append(ranking(report, context: context))
            for (index, verdict) in report.results.enumerated() {
                main.append(contentsOf: details(verdict, index: index, context: context))
            }
        }
        return PageLayout.document(title: t(.fitTitle), context: context, main: main)
    }

    /// The `id` of a module's verdict on the page, for links to one verdict (`PageLinks.fitResult`).
    public static func anchor(chip: String) -> String { "fit-" + chip }

    static func ranking(_ report: FitReport, context: PageContext) -> HTMLNode {
        let t = context.t
        let text = FigureText(t: t)
        let rows: [[HTMLNode]] = report.results.map { v in
            let speed = v.best?.speed
            return [
                .link(v.chipName, href: context.links.accelerator(v.chip)),
                .text(v.fits ? t(.fitYes) : t(.fitNo)),
                .text(v.modules.map(String.init) ?? t(.notStated)),
                .text((v.best?.plan ?? v.training?.plan)?.label ?? t(.notStated)),
                .text(v.precision.format.name),
                .text(speed.map { String(format: "%.0f", $0.outputTokensPerSecond) } ?? t(.notStated)),
                .text(speed.map { String(format: "%.3f s", $0.timeToFirstToken) } ?? t(.notStated)),
                text.tier(v.evidenceTier, stated: v.statedTier),
            ]
        }
        return .table(
            caption: t(.fitRankingCaption),
            headers: [
                t(.columnModule), t(.fitFits), t(.fitModules), t(.fitPlan), t(.fitWeights), t(.fitOutputRate), t(.fitTTFT),
                t(.columnWeakestTier),
            ], rows: rows)
    }

    static func details(_ v: ChipVerdict, index: Int, context: PageContext) -> [HTMLNode] {
        let t = context.t
        var nodes: [HTMLNode] = [.el("h3", [HTMLAttribute("id", anchor(chip: v.chip))], text: v.chipName)]
        if let memory = v.best?.memory {
            let dies = Double(v.devicesPerModule)
            let capacity = context.registry.accelerator(v.chip)?.memory.capacity?.value?.value
            let segments = MemoryBar.segments(
                weights: memory.weights * dies, kvCache: memory.kvCache * dies, activations: memory.activations * dies,
                usable: memory.usable * dies, capacity: capacity, t: t)
            nodes.append(
                MemoryBar(id: "memory-\(index)", title: t(.fitMemoryTitle, ["module": v.chipName]), segments: segments).render(
                    t: t))
        }
        nodes.append(.el("ul", [], v.reasons.map { .el("li", text: $0.text) }))
        if !v.explanation.isEmpty {
            nodes.append(
                .el(
                    "details", [],
                    [.el("summary", text: t(.fitExplanation))]
                        + v.explanation.map { step in
                            .fragment([.el("h4", text: step.title), .el("ul", [], step.lines.map { .el("li", text: $0) })])
                        }))
        }
        return nodes
    }
}
