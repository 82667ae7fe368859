import OAMCore
import OAMQuery
import OAMRegistry

/// The fit forms. The registry form is submitted by GET to `/fit` with the API's parameter
/// names (`model`, `batch`, `input-tokens`, `output-tokens`, `weights`, `kv`, `chip` repeated,
/// `stack`, `explain`), so a result's URL is the question and can be shared. The paste form
/// posts a HuggingFace config.json (`config`, too long for a URL) with its repo id (`id`) and
/// the same workload fields to `/fit`, which asks it as `POST /api/v1/fit` does. Controls echo
/// the request's values.
enum FitForm {
    /// The registry form (GET): a model of the registry and the workload.
    static func render(context: PageContext) -> HTMLNode {
        let t = context.t
        let models = context.registry.models.sorted { $0.id < $1.id }
        var controls: [HTMLNode] = [
            CatalogPage.select(
                "model", label: t(.columnModel), options: models.map { ($0.id, $0.name) }, selected: context.parameter("model"),
                any: nil)
        ]
        controls += workload(context: context)
        controls += context.links.formFields
        controls.append(.el("button", [HTMLAttribute("type", "submit")], text: t(.fitSubmit)))
        return .el("form", [HTMLAttribute("method", "get"), HTMLAttribute("action", "/fit")], controls)
    }

    /// The paste form (POST, url-encoded): a config.json and its repo id, and the same
    /// workload; inside a `<details>` that is open when it was the one submitted.
    static func renderPaste(context: PageContext, open: Bool) -> HTMLNode {
        let t = context.t
        var controls: [HTMLNode] = [
            text("id", label: t(.fitConfigID), placeholder: "org/name", context: context),
            .el(
                "label", [],
                [
                    .text(t(.fitConfigLabel)),
                    .el(
                        "textarea",
                        [HTMLAttribute("name", "config"), HTMLAttribute("rows", "12"), HTMLAttribute("cols", "80")],
                        // A parser drops one newline right after <textarea>: this one.
                        text: "\n" + (context.parameter("config") ?? "")),
                ]),
        ]
        controls += workload(context: context)
        controls.append(.el("button", [HTMLAttribute("type", "submit")], text: t(.fitPasteSubmit)))
        let form: HTMLNode = .el(
            "form",
            [
                HTMLAttribute("method", "post"), HTMLAttribute("action", context.links.href("/fit")),
                HTMLAttribute("class", "stacked"),
            ],
            controls)
        var attributes: [HTMLAttribute] = []
        if open { attributes.append(HTMLAttribute("open", "open")) }
        return .el("details", attributes, [.el("summary", text: t(.fitPasteSummary)), form])
    }

    /// The workload controls both forms share, as one labelled group.
    static func workload(context: PageContext) -> [HTMLNode] {
        let t = context.t
        return [.el("fieldset", [], [.el("legend", text: t(.fitWorkload))] + workloadControls(context: context))]
    }

    static func workloadControls(context: PageContext) -> [HTMLNode] {
        let t = context.t
        let chosenChips = Set(context.parameters.filter { $0.0 == "chip" }.map(\.1))
        return [
            text("batch", label: t(.fitBatch), placeholder: "32 / max", context: context),
            text("input-tokens", label: t(.fitInputTokens), placeholder: "2k", context: context),
            text("output-tokens", label: t(.fitOutputTokens), placeholder: "1024", context: context),
            text("weights", label: t(.fitWeights), placeholder: "checkpoint / fp8", context: context),
            CatalogPage.select(
                "kv", label: t(.fitKV),
                options: [("checkpoint", "checkpoint")]
                    + ServingQuery.kvPrecisions.map { ($0.rawValue, $0.rawValue.uppercased()) },
                selected: context.parameter("kv"), any: t(.anyValue)),
            .el(
                "label", [],
                [
                    .text(t(.fitChips)),
                    .el(
                        "select",
                        [HTMLAttribute("name", "chip"), HTMLAttribute("multiple", "multiple"), HTMLAttribute("size", "6")],
                        context.registry.accelerators.sorted { $0.id < $1.id }.map { a in
                            var attributes = [HTMLAttribute("value", a.id)]
                            if chosenChips.contains(a.id) { attributes.append(HTMLAttribute("selected", "selected")) }
                            return .el("option", attributes, text: a.name)
                        }),
                ]),
            text("stack", label: t(.fitStack), placeholder: "CUDA 12.4", context: context),
            // A yes/no choice rather than a checkbox: the page has one in each form, and
            // same-named checkboxes in two groups fail axe-core's `checkboxgroup` rule.
            CatalogPage.select(
                "explain", label: t(.fitExplain), options: [("false", t(.fitNo)), ("true", t(.fitYes))],
                selected: context.parameter("explain"), any: nil),
        ]
    }

    static func text(_ name: String, label: String, placeholder: String, context: PageContext) -> HTMLNode {
        .el(
            "label", [],
            [
                .text(label),
                .el(
                    "input",
                    [
                        HTMLAttribute("type", "text"), HTMLAttribute("name", name),
                        HTMLAttribute("value", context.parameter(name) ?? ""),
                        HTMLAttribute("placeholder", placeholder),
                    ]),
            ])
    }
}
