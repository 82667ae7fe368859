import Foundation

/// The UI strings of one language, looked up by typed key.
public struct Localizer: Sendable {
    public var language: Language

    public init(_ language: Language) {
        self.language = language
    }

    /// The catalogue of `language`: key → text.
    public static func catalogue(_ language: Language) -> [String: String] {
        switch language {
        case .en: EnglishCatalogue.strings
        case .zh: ChineseCatalogue.strings
        }
    }

    /// The text of `key`; a missing entry shows the key itself (a test keeps both catalogues
    /// complete, so this only guards against a crash).
    public func callAsFunction(_ key: UIText) -> String {
        Self.catalogue(language)[key.rawValue] ?? key.rawValue
    }

    /// The text of `key` with each `{name}` placeholder replaced by its value.
    public func callAsFunction(_ key: UIText, _ values: [String: String]) -> String {
        var text = self(key)
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }
}
