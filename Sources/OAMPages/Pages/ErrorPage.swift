import OAMQuery

/// The page for a question that could not be answered: the API's message (the same text the
/// CLI prints) and, for an unknown name, the suggestions as links.
public enum ErrorPage {
    public static func render(_ error: QueryError, context: PageContext) -> String {
        let t = context.t
        var main: [HTMLNode] = [.el("p", [HTMLAttribute("role", "alert")], text: error.description)]
        if case .notFound(_, let kind, let suggestions) = error, !suggestions.isEmpty {
            main.append(.el("p", text: t(.didYouMean)))
            main.append(
                .el(
                    "ul", [],
                    suggestions.map { id in
                        let href =
                            kind == .model
                            ? context.links.model(id)
                            : kind == .moduleSpec ? context.links.spec(id) : context.links.accelerator(id)
                        return .el("li", [.link(id, href: href)])
                    }))
        }
        return PageLayout.document(title: t(.errorTitle), context: context, main: main)
    }
}
