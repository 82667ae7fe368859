/// The frame every page shares: head (stylesheet and favicon served by the binary itself or
/// written beside a static site's pages, no other host), a skip link, the navigation with the
/// language switch, and the main content.
public enum PageLayout {
    public static func document(title: String, context: PageContext, main: [HTMLNode]) -> String {
        let t = context.t
        let links = context.links
        let other: Language = context.language == .en ? .zh : .en
        let page: HTMLNode = .el(
            "html", [HTMLAttribute("lang", context.language.htmlTag)],
            [
                .el(
                    "head",
                    [
                        .el("meta", [HTMLAttribute("charset", "utf-8")]),
                        .el(
                            "meta",
                            [HTMLAttribute("name", "viewport"), HTMLAttribute("content", "width=device-width, initial-scale=1")]),
                        .el("title", text: title + " · " + t(.siteName)),
                        .el(
                            "link",
                            [
                                HTMLAttribute("rel", "icon"), HTMLAttribute("href", links.asset(PageAssets.faviconPath)),
                                HTMLAttribute("type", "image/svg+xml"),
                            ]),
                        .el(
                            "link",
                            [HTMLAttribute("rel", "stylesheet"), HTMLAttribute("href", links.asset(PageAssets.stylesheetPath))]),
                    ]),
                .el(
                    "body", [],
                    [
                        .el("a", [HTMLAttribute("class", "skip"), HTMLAttribute("href", "#main")], [.text(t(.skipToContent))]),
                        .el(
                            "header", [],
                            [
                                .el(
                                    "nav", [HTMLAttribute("aria-label", t(.navigationLabel))],
                                    [
                                        .el(
                                            "ul", [],
                                            [
                                                .el("li", [.link(t(.siteName), href: links.catalog())]),
                                                .el("li", [.link(t(.navModels), href: links.href("/models"))]),
                                                .el("li", [.link(t(.navSpecs), href: links.href("/specs"))]),
                                                .el("li", [.link(t(.navCompare), href: links.href("/compare"))]),
                                                .el("li", [.link(t(.navFit), href: links.href("/fit"))]),
                                                .el("li", [.link(t(.navValidate), href: links.href("/validate"))]),
                                                .el(
                                                    "li",
                                                    [
                                                        .el(
                                                            "a",
                                                            [
                                                                HTMLAttribute(
                                                                    "href",
                                                                    links.switched(
                                                                        to: other, path: context.path,
                                                                        parameters: context.parametersInURL
                                                                            ? context.parameters : [])),
                                                                HTMLAttribute("hreflang", other.htmlTag),
                                                                HTMLAttribute("lang", other.htmlTag),
                                                            ], [.text(Localizer(other)(.languageName))])
                                                    ]),
                                            ])
                                    ])
                            ]),
                        .el("main", [HTMLAttribute("id", "main")], [.el("h1", text: title)] + main),
                        .el("footer", [], [.el("p", text: t(.footerData))]),
                    ]),
            ])
        return "<!DOCTYPE html>\n" + page.rendered
    }
}
