import OAMCore
import OAMQuery
import OAMRegistry

/// The fit forms. The registry form is submitted by GET to `/fit` with the API's parameter
/// names (`model`, `batch`, `input-tokens`, `output-tokens`, `weights`, `kv`, `chip` repeated,
/// `stack`, `assume`, `explain`), so a result's URL is the question and can be shared. The paste form
/// posts a HuggingFace config.json (`config`, too long for a URL) with its repo id (`id`) and
/// the same workload fields to `/fit`, which asks it as `POST /api/v1/fit` does. Controls echo
/// the request's values.
enum FitForm {
    /// The registry form (GET): a model of the registry and the workload.
    static func render(context: PageContext) -> HTMLNode {
        let t = context.t
        let models = context.registry.models.sorted { $0.id < $1.id }
        var controls: [HTMLNode] = [
            FormField.select(
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
            FormField.input("id", label: t(.fitConfigID), value: context.parameter("id"), placeholder: "org/name"),
            FormField.textarea("config", label: t(.fitConfigLabel), value: context.parameter("config"), rows: 12),
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
            FormField.input("batch", label: t(.fitBatch), value: context.parameter("batch"), placeholder: "32 / max"),
            FormField.input(
                "input-tokens", label: t(.fitInputTokens), value: context.parameter("input-tokens"), placeholder: "2k"),
            FormField.input(
                "output-tokens", label: t(.fitOutputTokens), value: context.parameter("output-tokens"), placeholder: "1024"),
            FormField.input(
                "weights", label: t(.fitWeights), value: context.parameter("weights"), placeholder: "checkpoint / fp8"),
            FormField.select(
                "kv", label: t(.fitKV),
                options: [("checkpoint", "checkpoint")]
                    + ServingQuery.kvPrecisions.map { ($0.rawValue, $0.rawValue.uppercased()) },
                selected: context.parameter("kv"), any: t(.anyValue)),
            FormField.multipleSelect(
                "chip", label: t(.fitChips),
                options: context.registry.accelerators.sorted { $0.id < $1.id }.map { ($0.id, $0.name) },
                selected: chosenChips, size: 6),
            FormField.input("stack", label: t(.fitStack), value: context.parameter("stack"), placeholder: "CUDA 12.4"),
            // Several assumptions go in one field, comma-separated, as one --assume takes them.
            FormField.input(
                "assume", label: t(.fitAssume),
                value: context.parameters.filter { $0.0 == "assume" }.map(\.1).joined(separator: ","),
                placeholder: "int8=2x:fp16, bandwidth=1.6 TB/s"),
            // A yes/no choice rather than a checkbox: the page has one in each form, and
            // same-named checkboxes in two groups fail axe-core's `checkboxgroup` rule.
            FormField.select(
                "explain", label: t(.fitExplain), options: [("false", t(.fitNo)), ("true", t(.fitYes))],
                selected: context.parameter("explain"), any: nil),
        ]
    }
}
