/// Checks every page test applies.
enum PageChecks {
    /// What a page makes the browser load by itself: the `href` of its `<link>` elements and
    /// every `src`. Anchors are not loads.
    static func loadedResources(_ html: String) -> [String] {
        var found: [String] = []
        for match in html.matches(of: #/<link [^>]*href="([^"]*)"/#) { found.append(String(match.1)) }
        for match in html.matches(of: #/ src="([^"]*)"/#) { found.append(String(match.1)) }
        return found
    }
}
