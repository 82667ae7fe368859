import OAMCore

/// A descriptor's sources: key, tier, title as a link to the document, and what it covers.
enum SourceList {
    static func render(_ evidence: Evidence, t: Localizer) -> HTMLNode {
        let text = FigureText(t: t)
        let rows: [[HTMLNode]] = evidence.sources.map { source in
            [
                .el("code", text: source.key), text.tier(source.tier), .externalLink(source.title ?? source.url, url: source.url),
                .text(source.covers.joined(separator: ", ")),
            ]
        }
        return .table(
            caption: t(.sourcesCaption), headers: [t(.columnSourceKey), t(.columnTier), t(.columnDocument), t(.columnCovers)],
            rows: rows)
    }
}
