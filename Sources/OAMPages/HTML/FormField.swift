/// The labelled controls every form of the pages is built from. Each control sits inside its
/// `<label>`, so a screen reader names it and a click on the text focuses it (axe-core's
/// `label` rule); the value a request sent is echoed back, escaped like every text node.
enum FormField {
    /// A one-line input showing `value`; `type` is `text` or `search`.
    static func input(_ name: String, label: String, value: String?, placeholder: String? = nil, type: String = "text")
        -> HTMLNode
    {
        var attributes = [HTMLAttribute("type", type), HTMLAttribute("name", name), HTMLAttribute("value", value ?? "")]
        if let placeholder { attributes.append(HTMLAttribute("placeholder", placeholder)) }
        return .el("label", [], [.text(label), .el("input", attributes)])
    }

    /// A multi-line text area of `rows` lines showing `value`. An HTML parser drops one newline
    /// right after `<textarea>`; this one is written for it, so a text's own leading blank line
    /// survives the round trip.
    static func textarea(_ name: String, label: String, value: String?, rows: Int) -> HTMLNode {
        .el(
            "label", [],
            [
                .text(label),
                .el(
                    "textarea", [HTMLAttribute("name", name), HTMLAttribute("rows", String(rows)), HTMLAttribute("cols", "80")],
                    text: "\n" + (value ?? "")),
            ])
    }

    /// A drop-down of `options` (value, shown text) with `selected` chosen; `any`, when given,
    /// is the text of a first option with an empty value (no filter).
    static func select(_ name: String, label: String, options: [(String, String)], selected: String?, any: String?)
        -> HTMLNode
    {
        var items: [HTMLNode] = []
        if let any { items.append(.el("option", [HTMLAttribute("value", "")], text: any)) }
        items += self.options(options, selected: selected.map { [$0] } ?? [])
        return .el("label", [], [.text(label), .element("select", [HTMLAttribute("name", name)], items)])
    }

    /// A list of `options` of which any number may be chosen (the name repeats in the query,
    /// as `chip` does), `size` rows tall.
    static func multipleSelect(
        _ name: String, label: String, options: [(String, String)], selected: Set<String>, size: Int
    ) -> HTMLNode {
        .el(
            "label", [],
            [
                .text(label),
                .el(
                    "select",
                    [HTMLAttribute("name", name), HTMLAttribute("multiple", "multiple"), HTMLAttribute("size", String(size))],
                    self.options(options, selected: selected)),
            ])
    }

    private static func options(_ options: [(String, String)], selected: Set<String>) -> [HTMLNode] {
        options.map { value, text in
            var attributes = [HTMLAttribute("value", value)]
            if selected.contains(value) { attributes.append(HTMLAttribute("selected", "selected")) }
            return .el("option", attributes, text: text)
        }
    }
}
