/// A bound that proves a plan cannot meet the latency limits, for every pipeline depth and
/// replica count of its shape at once, so the plan search skips such plans unevaluated and
/// stops when no shape it could still meet is left.
///
/// A plan meets the limits only when `LatencyBoundedLoad` finds a concurrency that does, which
/// needs, at one sequence per replica, the time per output token (the decode step of every
/// stage plus the sequence's share of its own prompt pass) within the TPOT limit and the idle
/// time to first token below the TTFT limit. Both are sums over layers of per-layer terms
/// that do not depend on how the layers are split into stages, plus stage hops ≥ 0; replicas
/// do not enter them. So the plan with the same tensor, DP-attention and expert split on one
/// stage and one replica has TPOT and TTFT no larger than any deeper or replicated plan: when
/// its decode step alone exceeds the TPOT limit, or its prompt pass the TTFT limit, no plan of
/// that shape on any device count meets them.
struct LatencyFeasibility {
    var roofline: ServingRoofline
    var targets: LatencyTargets
    var workload: ServingWorkload
    private var verdicts: [ParallelPlan.LayerSplit: Bool] = [:]

    init(roofline: ServingRoofline, targets: LatencyTargets, workload: ServingWorkload) {
        self.roofline = roofline
        self.targets = targets
        self.workload = workload
    }

    /// False when the bound proves `plan` (and every plan of its shape) misses a limit; true
    /// when it may meet them (or a speed figure is unknown: nothing is proven).
    mutating func mayMeet(_ plan: ParallelPlan) -> Bool {
        let shape = plan.layerSplit
        if let known = verdicts[shape] { return known }
        let verdict = bound(shape).map { meets(timePerOutputToken: $0.tpot, timeToFirstToken: $0.ttft) } ?? true
        verdicts[shape] = verdict
        return verdict
    }

    /// True when a plan whose TPOT and TTFT are at least these could still meet the limits.
    func meets(timePerOutputToken tpot: Double, timeToFirstToken ttft: Double) -> Bool {
        if let limit = targets.timePerOutputToken, tpot > limit { return false }
        if let limit = targets.timeToFirstToken, ttft > limit { return false }
        return true
    }

    /// The one-stage, one-replica plan's decode step and idle prompt pass at one sequence, s:
    /// lower bounds on every plan of `shape`.
    func bound(_ shape: ParallelPlan.LayerSplit) -> (tpot: Double, ttft: Double)? {
        let plan = ParallelPlan(shape)
        var one = workload
        one.maximizeBatch = true
        guard
            let speed = roofline.estimate(
                plan, shares: DeviceShares(roofline.profile, plan), sequences: 1, workload: one)
        else { return nil }
        return (speed.timePerOutputToken, speed.timeToFirstToken)
    }
}
