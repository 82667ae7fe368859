import OAMCore
import OAMQuery
import OAMRegistry

/// The page for a question that could not be answered: the API's message (the same text the
/// CLI prints) and, for an unknown name, the suggestions as links.
public enum ErrorPage {
    public static func render(_ error: QueryError, context: PageContext) -> String {
        var suggestions: [(label: String, href: String)] = []
        if case .notFound(_, let kind, let ids) = error {
            suggestions = links(ids, kind: kind, context: context)
        }
        return render(message: error.description, suggestions: suggestions, context: context)
    }

    /// A failure that is not a query's (a method the page does not take, a refused body):
    /// `message` as the server words it, and did-you-mean links.
    public static func render(
        message: String, suggestions: [(label: String, href: String)] = [], title: UIText = .errorTitle, context: PageContext
    ) -> String {
        let t = context.t
        var main: [HTMLNode] = [.el("p", [HTMLAttribute("role", "alert")], text: message)]
        if !suggestions.isEmpty {
            main.append(.el("p", text: t(.didYouMean)))
            main.append(.el("ul", [], suggestions.map { .el("li", [.link($0.label, href: $0.href)]) }))
        }
        return PageLayout.document(title: t(title), context: context, main: main)
    }

    /// The page for a path no page answers. Under a collection (`/accelerators/mi300x`, one
    /// segment short) the rest is looked up as a name of that kind, as the API looks names up:
    /// the descriptor it names, the candidates when several answer, or the registry's
    /// did-you-mean. Elsewhere (`/model`) the page paths close to it.
    public static func notFound(path: String, context: PageContext) -> String {
        let segments = path.split(separator: "/").map(String.init)
        var suggestions: [(label: String, href: String)]
        if segments.count > 1, let kind = collections[segments[0]] {
            let name = segments.dropFirst().joined(separator: "/")
            let ids: [String]
            switch context.registry.resolve(name, kind: kind) {
            case .found(let file): ids = file.descriptor.map { [$0.id] } ?? []
            case .ambiguous(let candidates): ids = candidates
            case .notFound: ids = context.registry.suggestions(for: name, kind: kind)
            }
            suggestions = links(ids, kind: kind, context: context)
        } else {
            suggestions = Suggestions.closest(to: path, in: pagePaths).map { ($0, context.links.href($0)) }
        }
        return render(
            message: context.t(.pageNotFound, ["path": path]), suggestions: suggestions, title: .pageNotFoundTitle,
            context: context)
    }

    /// The first path segment of each kind's pages.
    static let collections: [String: DescriptorKind] = ["accelerators": .accelerator, "models": .model, "specs": .moduleSpec]

    /// The pages without an id in their path (the navigation's).
    static let pagePaths = ["/", "/models", "/specs", "/compare", "/fit", "/validate"]

    /// A link to each descriptor's page.
    static func links(_ ids: [String], kind: DescriptorKind?, context: PageContext) -> [(label: String, href: String)] {
        ids.map { id in
            switch kind {
            case .model: (id, context.links.model(id))
            case .moduleSpec: (id, context.links.spec(id))
            case .accelerator, nil: (id, context.links.accelerator(id))
            }
        }
    }
}
