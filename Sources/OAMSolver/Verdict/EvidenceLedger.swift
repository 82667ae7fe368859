import OAMCore

/// Collects the figures a verdict used, to state its weakest evidence tier and the
/// assumptions it rests on: solver defaults by name, `--assume` figures by their text.
struct EvidenceLedger {
    private(set) var tiers: [EvidenceTier] = []
    /// Solver defaults used, by name.
    private(set) var defaults: [String] = []
    /// `--assume` figures used, by the assumption as written.
    private(set) var given: [String] = []

    mutating func use(_ figure: Sourced?) {
        guard let figure else { return }
        switch figure.origin {
        case .assumption(let name):
            // Exposed memory derived with the driver-reserve default rests on the capacity,
            // which every verdict uses beside it: its tier (or assumption) counts there.
            if !defaults.contains(name) { defaults.append(name) }
        case .given(let assumption):
            if !given.contains(assumption) { given.append(assumption) }
        case .registry, .report:
            tiers.append(figure.tier)
        }
    }

    mutating func use(tier: EvidenceTier?) {
        if let tier { tiers.append(tier) }
    }

    /// What the verdict rests on besides stated figures: defaults by name, then each
    /// `--assume` used as `--assume TEXT`.
    var assumptions: [String] { defaults + given.map { "--assume " + $0 } }

    /// The weakest stated (registry or adapter) figure's tier.
    var weakestStated: EvidenceTier? { tiers.min() }

    /// `assumed` when a default or an `--assume` was used, else the weakest stated tier.
    var weakest: VerdictTier? {
        assumptions.isEmpty ? weakestStated.map(VerdictTier.init) : .assumed
    }

    /// The module's `--assume` outcomes, each marked used when this verdict used its figure.
    func assumedFigures(_ chip: ChipProfile) -> [AssumedFigure] {
        chip.assumed.map { figure in
            var marked = figure
            marked.used = given.contains(figure.assumption.text)
            return marked
        }
    }
}
