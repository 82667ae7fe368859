import OAMCore
import OAMQuery
import OAMRegistry

/// The fit form: submitted by GET to `/fit` with the API's parameter names (`model`, `batch`,
/// `input-tokens`, `output-tokens`, `weights`, `kv`, `chip` repeated, `stack`, `explain`), so a
/// result's URL is the question and can be shared. Controls echo the request's values.
enum FitForm {
    static func render(context: PageContext) -> HTMLNode {
        let t = context.t
        let models = context.registry.models.sorted { $0.id < $1.id }
        let chosenChips = Set(context.parameters.filter { $0.0 == "chip" }.map(\.1))
        var controls: [HTMLNode] = [
            CatalogPage.select(
                "model", label: t(.columnModel), options: models.map { ($0.id, $0.name) }, selected: context.parameter("model"),
                any: nil),
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
            checkbox("explain", label: t(.fitExplain), context: context),
        ]
        controls += context.links.formFields
        controls.append(.el("button", [HTMLAttribute("type", "submit")], text: t(.fitSubmit)))
        return .el("form", [HTMLAttribute("method", "get"), HTMLAttribute("action", "/fit")], controls)
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

    static func checkbox(_ name: String, label: String, context: PageContext) -> HTMLNode {
        var attributes = [HTMLAttribute("type", "checkbox"), HTMLAttribute("name", name), HTMLAttribute("value", "true")]
        if context.parameter(name) == "true" { attributes.append(HTMLAttribute("checked", "checked")) }
        return .el("label", [], [.el("input", attributes), .text(label)])
    }
}
