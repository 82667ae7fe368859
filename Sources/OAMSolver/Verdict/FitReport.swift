/// The solver's answer: the model, the workload, one verdict per chip, ranked.
public struct FitReport: Sendable {
    public var model: ModelSummary
    public var workload: Workload
    /// Best first: fitting chips before the rest, then by the objective, then fewer modules,
    /// then faster.
    public var results: [ChipVerdict]
    /// Defaults available to verdicts (for the docs and `--explain`).
    public var defaults: SolverDefaults
    /// Which entry of each chip's front answers (serving).
    public var objective: PlanObjective = .minModules
}
