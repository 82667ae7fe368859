import OAMRegistry

/// What every page renderer needs: the loaded registry, the language, and the request's own
/// path and parameters (for the language switch and for forms that echo their values), and
/// whether links go to the server or to the files of a static site.
public struct PageContext: Sendable {
    public var registry: Registry
    public var language: Language
    /// The path of the page being rendered (`/compare`).
    public var path: String
    /// The request's query parameters, in order, as received; for a posted form, its fields
    /// (so the controls echo them).
    public var parameters: [(String, String)]
    /// Whether `parameters` came in the URL, so that the same page in the other language is
    /// the same URL with another `lang`. A posted form's answer has no URL of its own: its
    /// language switch leads to the empty form.
    public var parametersInURL = true
    public var linkStyle: LinkStyle

    public init(
        registry: Registry, language: Language, path: String = "/", parameters: [(String, String)] = [],
        linkStyle: LinkStyle = .server
    ) {
        self.registry = registry
        self.language = language
        self.path = path
        self.parameters = parameters
        self.linkStyle = linkStyle
    }

    public var t: Localizer { Localizer(language) }
    public var links: PageLinks { PageLinks(language: language, style: linkStyle) }

    /// The first value of parameter `name`, if present.
    public func parameter(_ name: String) -> String? {
        parameters.first { $0.0 == name }?.1
    }
}
