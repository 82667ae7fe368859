import OAMCore

/// Collects the figures a verdict used, to state its weakest evidence tier and the
/// defaults it rests on.
struct EvidenceLedger {
    private(set) var tiers: [EvidenceTier] = []
    private(set) var assumptions: [String] = []

    mutating func use(_ figure: Sourced?) {
        guard let figure else { return }
        if case .assumption(let name) = figure.origin {
            if !assumptions.contains(name) { assumptions.append(name) }
            // A derived figure (exposed memory) keeps the tier of what it was derived from.
            if name == "driver reserve" { tiers.append(figure.tier) }
            return
        }
        tiers.append(figure.tier)
    }

    mutating func use(tier: EvidenceTier?) {
        if let tier { tiers.append(tier) }
    }

    var weakest: EvidenceTier? { tiers.min() }
}
