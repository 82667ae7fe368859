/// The page a static site's links lead to when the page they name answers a question (the
/// search and filters, compare, the fit form, validate): it says that those need `oam serve`
/// and what the static site holds instead, so no link of the site leads nowhere.
public enum ServerOnlyPage {
    public static func render(context: PageContext) -> String {
        let t = context.t
        let links = context.links
        let main: [HTMLNode] = [
            .el("p", text: t(.serverOnlyText)),
            .el("pre", [.el("code", text: "swift run oam serve")]),
            .el(
                "ul", [],
                [
                    .el("li", [.link(t(.catalogTitle), href: links.catalog())]),
                    .el("li", [.link(t(.matrixTitle), href: links.href("/fit"))]),
                ]),
        ]
        return PageLayout.document(title: t(.serverOnlyTitle), context: context, main: main)
    }
}
