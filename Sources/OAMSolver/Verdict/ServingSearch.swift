import OAMCore

/// The plan search on one chip: the smallest device count that holds the workload (and
/// meets its targets), then the fastest plan at that count.
struct ServingSearch {
    var workload: ServingWorkload
    var profile: ModelProfile
    var attention: AttentionCost
    var chip: ChipProfile
    var precision: PrecisionPlan
    var defaults: SolverDefaults
    var usable: Double

    /// What the search found.
    struct Outcome {
        /// Devices of the answer (or of the closest miss).
        var devices: Int?
        /// Fitting plans at that count, best first.
        var evaluations: [PlanEvaluation]
        /// True when the best plan fits and meets the targets.
        var satisfied: Bool
        /// Plans refused for shard alignment at that count.
        var refusals: [PlanRefusal]
        /// Lower bound on devices from total weight bytes.
        var lowerBound: Int
        /// The plan that came closest when nothing fits.
        var closest: PlanEvaluation?
        /// The best plan meeting the workload at each module count evaluated (the smallest
        /// first); empty when nothing meets it.
        var front: [FrontEntry]
    }

    func run(exactDevices: Int?, maxDevices: Int) -> Outcome {
        let dies = chip.devicesPerModule
        var pass = Pass(search: self)
        let bound = InputBounds.ceil(profile.totalBytes / max(usable, 1), in: InputBounds.devices)
        let lowerBound = InputBounds.product(bound / dies + (bound % dies == 0 ? 0 : 1), dies)
        let counts: [Int]
        if let exact = exactDevices {
            counts = [exact]
        } else if lowerBound > maxDevices {
            counts = []
        } else {
            counts = Array(stride(from: lowerBound, through: maxDevices, by: dies))
        }
        var firstMemoryFit: (devices: Int, evaluations: [PlanEvaluation], refusals: [PlanRefusal])? = nil
        var closest: PlanEvaluation? = nil
        for n in counts {
            // Once a count holds the workload but misses its limits, a larger count only
            // matters for a plan that meets them: counts whose every plan the latency bound
            // rules out are skipped unevaluated.
            if firstMemoryFit != nil, !pass.mayMeet(devices: n) { continue }
            let (fitting, refusals) = pass.evaluate(devices: n, onlyMeeting: firstMemoryFit != nil, closest: &closest)
            guard !fitting.isEmpty else { continue }
            let meeting = fitting.filter(\.meetsTargets)
            if !meeting.isEmpty {
                let front = frontEntries(
                    smallest: FrontEntry(modules: n / dies, evaluations: meeting, refusals: refusals),
                    exact: exactDevices != nil, maxDevices: maxDevices, pass: &pass)
                return Outcome(
                    devices: n, evaluations: fitting, satisfied: true, refusals: refusals, lowerBound: lowerBound,
                    closest: nil, front: front)
            }
            if firstMemoryFit == nil { firstMemoryFit = (n, fitting, refusals) }
        }
        if let miss = firstMemoryFit {
            return Outcome(
                devices: miss.devices, evaluations: miss.evaluations, satisfied: false, refusals: miss.refusals,
                lowerBound: lowerBound, closest: nil, front: [])
        }
        let refusals = exactDevices.map { pass.plans(devices: $0).refusals } ?? []
        return Outcome(
            devices: nil, evaluations: [], satisfied: false, refusals: refusals, lowerBound: lowerBound, closest: closest,
            front: [])
    }

    /// The smallest answer, then the best plan meeting the workload at every larger count a
    /// server holds (`ParetoFront.counts`), unless the count was given; the smallest first.
    /// The walk stops at the first count whose best plan is the previous count's plan with
    /// more replicas: every larger count only spreads the same split over more replicas, which
    /// leaves throughput per module and TPOT as they are when the batch grows with the KV
    /// room, and only shares a fixed batch among more replicas otherwise.
    private func frontEntries(smallest: FrontEntry, exact: Bool, maxDevices: Int, pass: inout Pass) -> [FrontEntry] {
        // Without a speed (a figure the roofline needs is unknown, for every plan alike) every
        // larger count would be dominated by the smallest: nothing to walk.
        guard !exact, smallest.best.speed != nil else { return [smallest] }
        let dies = chip.devicesPerModule
        let counts = ParetoFront.counts(
            smallest: smallest.modules, domainModules: max(1, chip.domainDevices / dies), maxModules: maxDevices / dies)
        var entries = [smallest]
        var unused: PlanEvaluation? = nil
        for modules in counts.dropFirst() {
            let n = modules * dies
            guard pass.mayMeet(devices: n) else { continue }
            let (fitting, refusals) = pass.evaluate(devices: n, onlyMeeting: true, closest: &unused)
            guard !fitting.isEmpty else { continue }
            let entry = FrontEntry(modules: modules, evaluations: fitting, refusals: refusals)
            let replicated = entry.best.plan.replicating(entries[entries.count - 1].best.plan)
            entries.append(entry)
            if replicated { break }
        }
        return entries
    }

    /// The miss of a plan under latency limits for which no concurrency meets them (the
    /// unbounded estimate, without chunked prefill or queueing, may look as if it did).
    func noConcurrencyText(_ sequences: Int) -> String {
        let targets = workload.latencyTargets
        var limits: [String] = []
        if let ttft = targets.timeToFirstToken { limits.append("p99 TTFT ≤ \(Units.seconds(ttft))") }
        if let tpot = targets.timePerOutputToken { limits.append("TPOT ≤ \(Units.seconds(tpot))") }
        return "no concurrency from 1 to \(sequences) sequences per replica meets "
            + limits.joined(separator: " and ") + " with chunked prefill and Poisson arrivals"
    }

    /// The workload's targets a speed estimate misses, in words with numbers.
    func targetMisses(_ speed: ServingEstimate?) -> [String] {
        guard let speed else {
            // A target set on a chip whose speed cannot be estimated is not met: say which
            // figure is missing rather than count it as met.
            var misses: [String] = []
            let missing = ServingRoofline(
                profile: profile, attention: attention, precision: precision, chip: chip, defaults: defaults
            ).missingFigures
            let figure =
                missing.isEmpty
                ? "a positive sustained rate of \(chip.id)" : missing.map { "\($0) of \(chip.id)" }.joined(separator: ", ")
            if let limit = workload.maxTimeToFirstToken {
                misses.append("target cannot be checked: \(figure) unknown (TTFT ≤ \(Units.seconds(limit)))")
            }
            if let floor = workload.minTokensPerSecondPerUser {
                misses.append("target cannot be checked: \(figure) unknown" + String(format: " (≥ %.1f tok/s per user)", floor))
            }
            return misses
        }
        var misses: [String] = []
        if let limit = workload.maxTimeToFirstToken, speed.timeToFirstToken > limit {
            misses.append("TTFT \(Units.seconds(speed.timeToFirstToken)) > target \(Units.seconds(limit))")
        }
        if let floor = workload.minTokensPerSecondPerUser, speed.tokensPerSecondPerUser < floor {
            misses.append(String(format: "%.1f tok/s per user < target %.1f", speed.tokensPerSecondPerUser, floor))
        }
        return misses
    }
}
