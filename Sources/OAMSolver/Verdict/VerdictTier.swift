import OAMCore

/// How far a verdict can be trusted: the weakest evidence tier among the figures it used, or
/// `assumed` when it rests on something nobody stated for this module — a solver default, a
/// reading of a silent descriptor field, or an `--assume`. Registry and adapter figures carry
/// an `EvidenceTier`; `assumed` exists only for verdicts (a descriptor figure cannot be
/// assumed), so it lives here, ranked below `third-party`.
public enum VerdictTier: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Rests on at least one figure the solver or the user assumed.
    case assumed
    case thirdParty = "third-party"
    case press
    case measured
    case vendor

    /// The verdict tier of a stated figure's tier.
    public init(_ tier: EvidenceTier) {
        switch tier {
        case .thirdParty: self = .thirdParty
        case .press: self = .press
        case .measured: self = .measured
        case .vendor: self = .vendor
        }
    }

    /// The stated tier this is, or `nil` for `assumed`.
    public var stated: EvidenceTier? { EvidenceTier(rawValue: rawValue) }

    public static func < (lhs: VerdictTier, rhs: VerdictTier) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
