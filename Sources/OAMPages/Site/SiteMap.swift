/// Where each page lives in a static site (`oam site`), so that `PageLinks` can turn a server
/// path into a relative link and `StaticSite` writes every page where its links expect it.
///
/// Every page is a file ending in `.html` (not a folder's `index.html`), so links work from
/// `file://` as well as from any static host. English pages are at the root, Chinese ones
/// under `zh/` with the same names; the assets (`PageAssets`) sit once at the root. Paths are
/// written as in a URL: the segments percent-encoded as `PageLinks` encodes them.
public enum SiteMap {
    /// The page that says what needs `oam serve` (search, filters, compare, the fit form,
    /// validate); links to those pages lead here instead of to nothing.
    public static let serverOnlyPage = "server-only.html"

    /// The folder of `language`'s pages under the site's root: English at the root, any
    /// other language in a folder named by its code.
    public static func folder(_ language: Language) -> String {
        language == .en ? "" : language.rawValue + "/"
    }

    /// The file (under the language's folder) that holds the server page `path` with
    /// `parameters` (empty values already left out, `lang` ignored), or `nil` when a static
    /// site cannot hold that page because it answers a question.
    public static func file(path: String, parameters: [(String, String)]) -> String? {
        let parameters = parameters.filter { $0.0 != "lang" }
        let names = parameters.map(\.0)
        switch path {
        case "/" where parameters.isEmpty: return "index.html"
        case "/" where names == ["vendor"]: return "vendors/" + PageLinks.encode(parameters[0].1) + ".html"
        case "/models" where parameters.isEmpty: return "models.html"
        case "/specs" where parameters.isEmpty: return "specs.html"
        case "/fit" where parameters.isEmpty: return "fit.html"
        case "/fit" where names == ["model", "explain"] && parameters[1].1 == "true":
            return "fit/" + PageLinks.encodePath(parameters[0].1) + ".html"
        default:
            for folder in ["/accelerators/", "/models/", "/specs/"] where path.hasPrefix(folder) && parameters.isEmpty {
                let rest = path.dropFirst(folder.count)
                guard !rest.isEmpty else { return nil }
                return String(folder.dropFirst()) + rest + ".html"
            }
            return nil
        }
    }

    /// Where an asset the pages load from `path` (`/assets/oam.css`) lies under the site's
    /// root (`assets/oam.css`).
    public static func asset(_ path: String) -> String { String(path.drop { $0 == "/" }) }

    /// The link from `page` in `from`'s folder to `file` in `to`'s folder (`nil`: the site's
    /// root, where the assets are): up out of the folders the two do not share, then down.
    public static func relative(from: Language, _ page: String, to: Language?, _ file: String) -> String {
        let here = (folder(from) + page).split(separator: "/").dropLast()
        var there = ((to.map(folder) ?? "") + file).split(separator: "/")
        var shared = 0
        while shared < here.count, shared < there.count - 1, here[here.startIndex + shared] == there[shared] { shared += 1 }
        there.removeFirst(shared)
        return String(repeating: "../", count: here.count - shared) + there.joined(separator: "/")
    }
}
