/// How much a figure can be trusted, by who published it.
///
/// Ordered from weakest to strongest, so `min` over the figures a verdict used gives the
/// verdict's weakest link.
public enum EvidenceTier: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// An estimate, blog, wiki or AI-maintained page.
    case thirdParty = "third-party"
    /// Press or a reseller reproducing a vendor figure.
    case press
    /// A benchmark result (not a datasheet peak).
    case measured
    /// The vendor's own datasheet, documentation, slides or repository.
    case vendor

    public static func < (lhs: EvidenceTier, rhs: EvidenceTier) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
