import OAMCore

/// The answer for one chip: does the workload fit, on how many modules, arranged how,
/// how fast, why, and how far the figures behind it can be trusted.
public struct ChipVerdict: Sendable {
    public var chip: String
    public var chipName: String
    public var fits: Bool
    /// Modules of the chosen plan (devices ÷ devices per module); `nil` when nothing fits.
    public var modules: Int?
    public var devicesPerModule: Int
    public var best: PlanEvaluation?
    /// Next-best plans at the same module count, best first (when asked for).
    public var alternatives: [PlanEvaluation]
    public var precision: PrecisionPlan
    public var training: TrainingEstimate?
    public var reasons: [Reason]
    /// The weakest tier among the figures the verdict used: `assumed` when one is a solver
    /// default or an `--assume`, else the weakest registry or adapter tier.
    public var evidenceTier: VerdictTier?
    /// What the verdict rests on besides stated figures: defaults by name, readings of a
    /// silent descriptor, and `--assume TEXT` for each assumed figure used.
    public var assumptions: [String]
    /// Figures the registry leaves unknown that kept a verdict part from being given.
    public var unknownFigures: [String]
    public var explanation: [ExplainStep]
    /// Board power of the modules used, in W.
    public var power: Double?
    /// Serving: the best plan meeting the workload at each module count a server holds that no
    /// other count beats on modules, throughput per module and time per output token, fewest
    /// modules first (`ParetoFront`); empty when nothing meets the workload, and for training.
    public var front: [FrontEntry] = []
    /// The weakest tier among the registry and adapter figures the verdict used (what
    /// `evidenceTier` is when no assumption is involved).
    public var statedTier: EvidenceTier? = nil
    /// What each `--assume` did on this module, each marked used when the verdict rests on it.
    public var assumedFigures: [AssumedFigure] = []

    /// The front's entry the verdict answers with (its module count), if any.
    public var chosenEntry: FrontEntry? { front.first { $0.modules == modules } }
}
