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
    }

    func run(exactDevices: Int?, maxDevices: Int) -> Outcome {
        let dies = chip.devicesPerModule
        let enumerator = PlanEnumerator(
            architecture: profile.architecture, format: profile.format, domainDevices: chip.domainDevices)
        let planner = MemoryPlanner(
            profile: profile, attention: attention, contextTokens: workload.contextTokens,
            profileTokens: InputBounds.floor(defaults.profileTokens.value, in: InputBounds.sequences),
            maxSequences: workload.maxBatchPerReplica ?? InputBounds.floor(defaults.maxSequences.value, in: InputBounds.sequences)
        )
        let roofline = ServingRoofline(
            profile: profile, attention: attention, precision: precision, chip: chip, defaults: defaults)
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
            let (plans, refusals) = enumerator.plans(devices: n)
            var fitting: [PlanEvaluation] = []
            for plan in plans {
                let shares = DeviceShares(profile, plan)
                let memory = planner.evaluate(
                    plan, shares: shares, usable: usable, batch: workload.maximizeBatch ? nil : workload.batch)
                guard memory.fits else {
                    let candidate = PlanEvaluation(plan: plan, memory: memory, speed: nil, meetsTargets: false, targetMisses: [])
                    if closest == nil || memory.total - memory.usable < closest!.memory.total - closest!.memory.usable {
                        closest = candidate
                    }
                    continue
                }
                var speed = roofline.estimate(plan, shares: shares, sequences: memory.sequencesPerReplica, workload: workload)
                let targets = workload.latencyTargets
                if speed != nil, !targets.isEmpty,
                    let bounded = LatencyBoundedLoad(roofline: roofline, targets: targets).estimate(
                        plan, shares: shares, maxSequences: memory.sequencesPerReplica, workload: workload)
                {
                    speed = bounded
                }
                let misses = targetMisses(speed)
                fitting.append(
                    PlanEvaluation(plan: plan, memory: memory, speed: speed, meetsTargets: misses.isEmpty, targetMisses: misses))
            }
            guard !fitting.isEmpty else { continue }
            fitting.sort { PlanEvaluation.isBetter($0, than: $1) }
            let meeting = fitting.filter(\.meetsTargets)
            if !meeting.isEmpty {
                return Outcome(
                    devices: n, evaluations: meeting + fitting.filter { !$0.meetsTargets }, satisfied: true, refusals: refusals,
                    lowerBound: lowerBound, closest: nil)
            }
            if firstMemoryFit == nil { firstMemoryFit = (n, fitting, refusals) }
        }
        if let miss = firstMemoryFit {
            return Outcome(
                devices: miss.devices, evaluations: miss.evaluations, satisfied: false, refusals: miss.refusals,
                lowerBound: lowerBound, closest: nil)
        }
        let refusals = exactDevices.map { enumerator.plans(devices: $0).refusals } ?? []
        return Outcome(
            devices: nil, evaluations: [], satisfied: false, refusals: refusals, lowerBound: lowerBound, closest: closest)
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
