/// One point of a chip's Pareto front: the best plan at one module count a server holds.
public struct FrontEntry: Sendable {
    /// Modules of this deployment.
    public var modules: Int
    /// Every plan at this count that holds the workload and meets its limits, best first;
    /// the first is the entry's plan, the rest are its alternatives.
    public var evaluations: [PlanEvaluation]
    /// Shapes refused at this count (shards an engine cannot load, uneven splits).
    var refusals: [PlanRefusal]

    init(modules: Int, evaluations: [PlanEvaluation], refusals: [PlanRefusal]) {
        self.modules = modules
        self.evaluations = evaluations
        self.refusals = refusals
    }

    /// The best plan at this count.
    public var best: PlanEvaluation { evaluations[0] }
    /// Output tokens per second of the whole deployment, or `nil` when a speed figure is unknown.
    public var outputTokensPerSecond: Double? { best.speed?.outputTokensPerSecond }
    /// Output tokens per second per module.
    public var throughputPerModule: Double? { outputTokensPerSecond.map { $0 / Double(modules) } }
    /// Time to first token, s (p99 with queueing under latency limits).
    public var timeToFirstToken: Double? { best.speed?.timeToFirstToken }
    /// Time per output token, s.
    public var timePerOutputToken: Double? { best.speed?.timePerOutputToken }
}
