/// One plan on one chip: its memory per device and, when the figures are known, its speed.
public struct PlanEvaluation: Sendable {
    public var plan: ParallelPlan
    public var memory: ModuleMemory
    public var speed: ServingEstimate?
    /// True when memory fits and every target is met (a target that cannot be checked, speed unknown, is not met).
    public var meetsTargets: Bool
    /// Why a target is missed, when one is.
    public var targetMisses: [String]

    public init(plan: ParallelPlan, memory: ModuleMemory, speed: ServingEstimate?, meetsTargets: Bool, targetMisses: [String]) {
        self.plan = plan
        self.memory = memory
        self.speed = speed
        self.meetsTargets = meetsTargets
        self.targetMisses = targetMisses
    }

    /// Orders plans: faster aggregate output first, then lower latency, then more free
    /// memory (when speed is unknown).
    public static func isBetter(_ a: PlanEvaluation, than b: PlanEvaluation) -> Bool {
        if let sa = a.speed, let sb = b.speed {
            if abs(sa.outputTokensPerSecond - sb.outputTokensPerSecond) > 1e-9 * max(sa.outputTokensPerSecond, 1) {
                return sa.outputTokensPerSecond > sb.outputTokensPerSecond
            }
            return sa.timePerOutputToken < sb.timePerOutputToken
        }
        if a.speed != nil { return true }
        if b.speed != nil { return false }
        return a.memory.free > b.memory.free
    }
}
