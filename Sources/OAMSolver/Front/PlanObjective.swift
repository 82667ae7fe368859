/// Which entry of a chip's Pareto front becomes its answer (`--objective`).
public enum PlanObjective: String, Sendable, CaseIterable {
    /// The fewest modules that hold the workload (and meet its limits): the smallest purchase.
    case minModules = "min-modules"
    /// The most output tokens per second per module: the cheapest tokens at the module's price.
    case throughputPerModule = "throughput-per-module"
    /// The shortest time per output token (then the first token): the fastest replies.
    case latency
}
