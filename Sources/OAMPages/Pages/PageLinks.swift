import Foundation

/// Links between pages. On the server the language choice travels with every link
/// (`lang=zh`) so a shared URL opens in the language it was copied in; in a static site the
/// language is the folder and every link is relative (`LinkStyle`).
public struct PageLinks: Sendable {
    public var language: Language
    public var style: LinkStyle

    public init(language: Language, style: LinkStyle = .server) {
        self.language = language
        self.style = style
    }

    /// Whether a server answers this page's forms. A static site has none, so its pages leave
    /// forms out rather than show controls that cannot work.
    public var answersForms: Bool { style == .server }

    /// `path` with `parameters` (in order, empty values left out) and the language parameter;
    /// in a static site, the relative link to the file that holds that page, or to the note
    /// that the page needs a server (`SiteMap`).
    public func href(_ path: String, _ parameters: [(String, String)] = []) -> String {
        let pairs = parameters.filter { !$0.1.isEmpty }
        switch style {
        case .server:
            let all = language == .en ? pairs : pairs + [("lang", language.rawValue)]
            guard !all.isEmpty else { return path }
            return path + "?" + all.map { Self.encode($0.0) + "=" + Self.encode($0.1) }.joined(separator: "&")
        case .site(let page):
            let file = SiteMap.file(path: path, parameters: pairs) ?? SiteMap.serverOnlyPage
            return SiteMap.relative(from: language, page, to: language, file)
        }
    }

    /// A file the pages load (`PageAssets`): its server path, or the relative link to the
    /// copy at the static site's root, which both languages share.
    public func asset(_ path: String) -> String {
        switch style {
        case .server: return path
        case .site(let page): return SiteMap.relative(from: language, page, to: nil, SiteMap.asset(path))
        }
    }

    public func catalog(_ parameters: [(String, String)] = []) -> String { href("/", parameters) }
    public func accelerator(_ id: String) -> String { href("/accelerators/" + Self.encodePath(id)) }
    public func model(_ id: String) -> String { href("/models/" + Self.encodePath(id)) }
    public func spec(_ id: String) -> String { href("/specs/" + Self.encodePath(id)) }
    public func compare(_ ids: [String]) -> String { href("/compare", [("ids", ids.joined(separator: ","))]) }

    /// The answer for `model` at the default workload with the step-by-step explanation,
    /// at the verdict of `chip` (`FitPage.anchor`).
    public func fitResult(model: String, chip: String) -> String {
        href("/fit", [("model", model), ("explain", "true")]) + "#" + Self.encodePath(FitPage.anchor(chip: chip))
    }

    /// What a GET form carries so that its result keeps the language a link would keep: a
    /// hidden `lang` field, or nothing for English, the default.
    public var formFields: [HTMLNode] {
        guard language != .en else { return [] }
        return [
            .el(
                "input",
                [HTMLAttribute("type", "hidden"), HTMLAttribute("name", "lang"), HTMLAttribute("value", language.rawValue)])
        ]
    }

    /// The same page in another language.
    public func switched(to other: Language, path: String, parameters: [(String, String)]) -> String {
        switch style {
        case .server:
            return PageLinks(language: other).href(path, parameters.filter { $0.0 != "lang" })
        case .site(let page):
            let file = SiteMap.file(path: path, parameters: parameters.filter { !$0.1.isEmpty }) ?? SiteMap.serverOnlyPage
            return SiteMap.relative(from: language, page, to: other, file)
        }
    }

    /// Percent-encoding of a query component: everything but unreserved characters.
    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    /// Percent-encoding of an id used as path segments: slashes stay.
    static func encodePath(_ id: String) -> String {
        id.split(separator: "/", omittingEmptySubsequences: false).map { encode(String($0)) }.joined(separator: "/")
    }

    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
