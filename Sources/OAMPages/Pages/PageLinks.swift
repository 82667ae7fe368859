import Foundation

/// Links between pages. The language choice travels with every link (`lang=zh`) so a shared
/// URL opens in the language it was copied in.
public struct PageLinks: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    /// `path` with `parameters` (in order, empty values left out) and the language parameter.
    public func href(_ path: String, _ parameters: [(String, String)] = []) -> String {
        var pairs = parameters.filter { !$0.1.isEmpty }
        if language != .en { pairs.append(("lang", language.rawValue)) }
        guard !pairs.isEmpty else { return path }
        return path + "?" + pairs.map { Self.encode($0.0) + "=" + Self.encode($0.1) }.joined(separator: "&")
    }

    public func catalog(_ parameters: [(String, String)] = []) -> String { href("/", parameters) }
    public func accelerator(_ id: String) -> String { href("/accelerators/" + Self.encodePath(id)) }
    public func model(_ id: String) -> String { href("/models/" + Self.encodePath(id)) }
    public func spec(_ id: String) -> String { href("/specs/" + Self.encodePath(id)) }
    public func compare(_ ids: [String]) -> String { href("/compare", [("ids", ids.joined(separator: ","))]) }

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
        PageLinks(language: other).href(path, parameters.filter { $0.0 != "lang" })
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
