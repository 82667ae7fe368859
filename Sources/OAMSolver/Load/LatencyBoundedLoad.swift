/// The latency-bounded operating point of one plan: the most sequences per replica whose time
/// per output token meets the TPOT limit, then the highest Poisson load whose p99 time to
/// first token (idle prompt pass + p99 wait for a slot) meets the TTFT limit.
///
/// Prefill and decode share the modules (chunked prefill): a sequence's output tokens are
/// spaced by the decode step plus its share of the other sequences' prompt passes, the
/// roofline's whole cycle ÷ output tokens = replicas × sequences ÷ output rate. A slot is held
/// for the request's whole cycle (output tokens × that TPOT). More sequences per replica
/// always raise throughput (larger batches, and more slots make a Poisson queue wait less at
/// the same utilisation), so the most sequences the TPOT limit allows is the answer.
struct LatencyBoundedLoad {
    var roofline: ServingRoofline
    var targets: LatencyTargets

    /// The estimate at the chosen load point, or `nil` when no concurrency meets the limits
    /// (the caller keeps the unbounded estimate and reports the misses). The concurrencies
    /// tried share their prompt passes through `memo` (see `StagePassMemo`).
    func estimate(
        _ plan: ParallelPlan, shares: DeviceShares, maxSequences: Int, workload: ServingWorkload, memo: inout StagePassMemo
    ) -> ServingEstimate? {
        var w = workload
        w.maximizeBatch = true
        let replicas = Double(max(1, plan.replicas))
        let out = Double(max(1, workload.outputTokens))
        func point(_ b: Int) -> (speed: ServingEstimate, tpot: Double)? {
            guard let s = roofline.estimate(plan, shares: shares, sequences: b, workload: w, memo: &memo),
                s.outputTokensPerSecond > 0
            else { return nil }
            return (s, replicas * Double(b) / s.outputTokensPerSecond)
        }
        let top = max(1, maxSequences)
        var chosen: (b: Int, speed: ServingEstimate, tpot: Double)
        if let limit = targets.timePerOutputToken {
            guard let one = point(1), one.tpot <= limit else { return nil }
            chosen = (1, one.speed, one.tpot)
            var low = 1
            var high = top
            while low < high {
                let mid = (low + high + 1) / 2
                if let p = point(mid), p.tpot <= limit {
                    low = mid
                    chosen = (mid, p.speed, p.tpot)
                } else {
                    high = mid - 1
                }
            }
        } else {
            guard let p = point(top) else { return nil }
            chosen = (top, p.speed, p.tpot)
        }
        let serviceTime = out * chosen.tpot
        let capacity = Double(chosen.b) / serviceTime
        var rate = capacity
        var wait = 0.0
        if let limit = targets.timeToFirstToken {
            rate = PoissonQueue.maxArrivalRate(
                servers: chosen.b, serviceTime: serviceTime, quantile: LatencyTargets.quantile,
                maxWait: limit - chosen.speed.timeToFirstToken)
            guard rate > 0 else { return nil }
            wait = PoissonQueue(servers: chosen.b, serviceTime: serviceTime, arrivalRate: rate)
                .waitQuantile(LatencyTargets.quantile)
        }
        let binding: LatencyLimit =
            chosen.b < top
            ? .timePerOutputToken : (targets.timeToFirstToken != nil && wait > 0 ? .timeToFirstToken : .concurrency)
        var speed = chosen.speed
        speed.outputTokensPerSecond = replicas * rate * out
        speed.timeToFirstToken = chosen.speed.timeToFirstToken + wait
        speed.timePerOutputToken = chosen.tpot
        speed.load = LoadPoint(
            concurrency: chosen.b, requestsPerSecond: replicas * rate, utilisation: rate / capacity,
            timeToFirstToken: speed.timeToFirstToken, timePerOutputToken: chosen.tpot, binding: binding)
        return speed
    }
}
