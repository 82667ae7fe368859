/// The latency-bounded operating point of one plan: the most sequences per replica whose p99
/// time per output token meets the TPOT limit, then the highest Poisson load whose p99 time to
/// first token (idle prompt pass + p99 wait for a slot) meets the TTFT limit.
///
/// Prefill and decode share the modules (chunked prefill): a replica running b sequences turns
/// its slots over once per cycle, the roofline's decode steps for the output tokens plus b
/// prompt passes, so the mean gap between output tokens is cycle ÷ output tokens (= replicas ×
/// b ÷ output rate) and a slot is held for output tokens × that mean. MLPerf bounds the 99th
/// percentile over requests of each request's own time per output token: loadgen keeps one
/// TPOT per sample and takes its p99. A request's own
/// prompt pass lies before its first token; what lands between its output tokens are the
/// prompts of the other b − 1 slots, admitted as their sequences finish, b − 1 of them in a
/// cycle on average. With requests arriving as a Poisson stream that count is Poisson, so the
/// p99 request carries Q₉₉(Poisson(b − 1)) prompt passes: p99 TPOT = decode + Q₉₉(Poisson(b −
/// 1)) · (mean TPOT − decode) / b. It grows with b, so the TPOT limit bounds b from above. More
/// sequences per replica always raise throughput (larger batches, and more slots make a Poisson
/// queue wait less at the same utilisation), so the most sequences the limit allows is the
/// answer.
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
        func point(_ b: Int) -> (speed: ServingEstimate, tpot: Double, mean: Double)? {
            guard let s = roofline.estimate(plan, shares: shares, sequences: b, workload: w, memo: &memo),
                s.outputTokensPerSecond > 0
            else { return nil }
            let mean = replicas * Double(b) / s.outputTokensPerSecond
            return (s, Self.p99TimePerOutputToken(decode: s.timePerOutputToken, mean: mean, sequences: b), mean)
        }
        let top = max(1, maxSequences)
        var chosen: (b: Int, speed: ServingEstimate, tpot: Double, mean: Double)
        if let limit = targets.timePerOutputToken {
            guard let one = point(1), one.tpot <= limit else { return nil }
            chosen = (1, one.speed, one.tpot, one.mean)
            var low = 1
            var high = top
            while low < high {
                let mid = (low + high + 1) / 2
                if let p = point(mid), p.tpot <= limit {
                    low = mid
                    chosen = (mid, p.speed, p.tpot, p.mean)
                } else {
                    high = mid - 1
                }
            }
        } else {
            guard let p = point(top) else { return nil }
            chosen = (top, p.speed, p.tpot, p.mean)
        }
        let serviceTime = out * chosen.mean
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

    /// The 99th-percentile time per output token over requests, s: the decode time per token
    /// `decode` plus Q₉₉(Poisson(b − 1)) of the prompt passes of which the mean TPOT `mean`
    /// carries b (see the type's note).
    static func p99TimePerOutputToken(decode: Double, mean: Double, sequences: Int) -> Double {
        let b = max(1, sequences)
        let promptShare = max(0, mean - decode) / Double(b)
        return decode + Double(interleavedPrompts(sequences: b)) * promptShare
    }

    /// The prompt passes that land in the p99 request's decode at `sequences` per replica:
    /// Q₉₉(Poisson(b − 1)), the other slots' prompts.
    static func interleavedPrompts(sequences: Int) -> Int {
        PoissonCount(mean: Double(max(1, sequences) - 1)).quantile(LatencyTargets.quantile)
    }
}
