/// Short constructors for the elements the pages use.
extension HTMLNode {
    /// An element with attributes and children.
    public static func el(_ tag: StaticString, _ attributes: [HTMLAttribute], _ children: [HTMLNode]) -> HTMLNode {
        .element(tag, attributes, children)
    }

    /// An element with children and no attributes.
    public static func el(_ tag: StaticString, _ children: [HTMLNode]) -> HTMLNode {
        .element(tag, [], children)
    }

    /// An element with attributes only (`<input>`, `<meta>`, `<line>`).
    public static func el(_ tag: StaticString, _ attributes: [HTMLAttribute]) -> HTMLNode {
        .element(tag, attributes, [])
    }

    /// An element holding only text.
    public static func el(_ tag: StaticString, _ attributes: [HTMLAttribute] = [], text: String) -> HTMLNode {
        .element(tag, attributes, [.text(text)])
    }

    /// A link; `href` is escaped like any attribute.
    public static func link(_ text: String, href: String) -> HTMLNode {
        .element("a", [HTMLAttribute("href", href)], [.text(text)])
    }

    /// A link to a source document when `url` is an `http(s)` URL, else the URL as plain text,
    /// so a descriptor cannot plant a `javascript:` link.
    public static func externalLink(_ text: String, url: String) -> HTMLNode {
        let lowered = url.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") else { return .text(text) }
        return .element("a", [HTMLAttribute("href", url), HTMLAttribute("rel", "noreferrer")], [.text(text)])
    }

    /// A table with a caption, a header row of column headers, and body rows whose first cell
    /// is a row header.
    public static func table(caption: String, headers: [String], rows: [[HTMLNode]], attributes: [HTMLAttribute] = [])
        -> HTMLNode
    {
        .el(
            "table", attributes,
            [
                .el("caption", text: caption),
                .el("thead", [.el("tr", headers.map { .el("th", [HTMLAttribute("scope", "col")], text: $0) })]),
                .el(
                    "tbody",
                    rows.map { cells in
                        .el(
                            "tr",
                            cells.enumerated().map { index, cell in
                                index == 0 ? .el("th", [HTMLAttribute("scope", "row")], [cell]) : .el("td", [cell])
                            })
                    }),
            ])
    }
}
