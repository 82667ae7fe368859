import Foundation
import OAMCore

/// The languages the pages are written in. Registry data is shown as written in any language.
public enum Language: String, Sendable, CaseIterable {
    case en, zh

    /// The `lang` attribute of a page.
    public var htmlTag: String { self == .en ? "en" : "zh-Hans" }

    /// The language a request asks for: `?lang=` when it names one, else the first language of
    /// `Accept-Language` (by its `q` weight) that the pages speak, else English.
    public static func negotiate(query: String?, acceptLanguage: String?) -> Language {
        if let query, let language = Language(rawValue: query.lowercased()) { return language }
        guard let acceptLanguage else { return .en }
        var best: (language: Language, weight: Double)?
        for range in FieldList.elements(of: acceptLanguage) {
            let parts = range.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = parts.first?.lowercased(), !tag.isEmpty else { continue }
            let primary = String(tag.split(separator: "-").first ?? "")
            guard let language = Language(rawValue: primary) else { continue }
            var weight = 1.0
            for parameter in parts.dropFirst() where parameter.hasPrefix("q=") {
                weight = Double(parameter.dropFirst(2)) ?? 0
            }
            if weight > 0, weight > (best?.weight ?? 0) { best = (language, weight) }
        }
        return best?.language ?? .en
    }
}
