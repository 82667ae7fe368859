import OAMCore

extension ServingSearch {
    /// The pieces one search run reuses across device counts: the plan enumerator with the
    /// plans it listed per count, the memory planner, the roofline with the stage passes it
    /// has timed, and the latency bound with the shapes it has already judged. The smallest
    /// answer and the front share them, so a split met again at a larger count (as another
    /// pipeline depth or with more replicas) costs no operator re-timed.
    struct Pass {
        let search: ServingSearch
        let enumerator: PlanEnumerator
        let planner: MemoryPlanner
        let roofline: ServingRoofline
        /// `nil` without latency limits: every plan may meet the workload.
        var feasibility: LatencyFeasibility?
        /// Stage passes timed so far (all with `roofline`).
        var memo = StagePassMemo()
        /// The plans and refusals listed per device count.
        private var listed: [Int: (plans: [ParallelPlan], refusals: [PlanRefusal])] = [:]

        init(search: ServingSearch) {
            let profile = search.profile
            let defaults = search.defaults
            let workload = search.workload
            self.search = search
            enumerator = PlanEnumerator(
                architecture: profile.architecture, format: profile.format, domainDevices: search.chip.domainDevices)
            planner = MemoryPlanner(
                profile: profile, attention: search.attention, contextTokens: workload.contextTokens,
                profileTokens: InputBounds.floor(defaults.profileTokens.value, in: InputBounds.sequences),
                maxSequences: workload.maxBatchPerReplica
                    ?? InputBounds.floor(defaults.maxSequences.value, in: InputBounds.sequences))
            roofline = ServingRoofline(
                profile: profile, attention: search.attention, precision: search.precision, chip: search.chip,
                defaults: defaults)
            let targets = workload.latencyTargets
            feasibility =
                targets.isEmpty ? nil : LatencyFeasibility(roofline: roofline, targets: targets, workload: workload)
        }

        /// The valid plans on `n` devices and the shapes refused, listed once per count.
        mutating func plans(devices n: Int) -> (plans: [ParallelPlan], refusals: [PlanRefusal]) {
            if let known = listed[n] { return known }
            let made = enumerator.plans(devices: n)
            listed[n] = made
            return made
        }

        /// False when the latency bound proves that no plan on `n` devices meets the limits.
        mutating func mayMeet(devices n: Int) -> Bool {
            guard feasibility != nil else { return true }
            return plans(devices: n).plans.contains { feasibility!.mayMeet($0) }
        }

        /// The plans on `n` devices that hold the workload, best first (those meeting the
        /// limits ahead), and the shapes refused. With `onlyMeeting`, plans the latency bound
        /// rules out are skipped unevaluated and only plans meeting the workload are kept.
        /// `closest` tracks the plan whose memory came nearest to fitting.
        mutating func evaluate(devices n: Int, onlyMeeting: Bool, closest: inout PlanEvaluation?) -> (
            fitting: [PlanEvaluation], refusals: [PlanRefusal]
        ) {
            let (plans, refusals) = plans(devices: n)
            let workload = search.workload
            var fitting: [PlanEvaluation] = []
            for plan in plans {
                if onlyMeeting, feasibility != nil, !feasibility!.mayMeet(plan) { continue }
                let shares = DeviceShares(search.profile, plan)
                let memory = planner.evaluate(
                    plan, shares: shares, usable: search.usable, batch: workload.maximizeBatch ? nil : workload.batch)
                guard memory.fits else {
                    let candidate = PlanEvaluation(plan: plan, memory: memory, speed: nil, meetsTargets: false, targetMisses: [])
                    if closest == nil || memory.total - memory.usable < closest!.memory.total - closest!.memory.usable {
                        closest = candidate
                    }
                    continue
                }
                var speed = roofline.estimate(
                    plan, shares: shares, sequences: memory.sequencesPerReplica, workload: workload, memo: &memo)
                var unbounded = false
                if speed != nil, let targets = feasibility?.targets {
                    if let bounded = LatencyBoundedLoad(roofline: roofline, targets: targets).estimate(
                        plan, shares: shares, maxSequences: memory.sequencesPerReplica, workload: workload, memo: &memo)
                    {
                        speed = bounded
                    } else {
                        unbounded = true
                    }
                }
                var misses = search.targetMisses(speed)
                if unbounded, misses.isEmpty { misses.append(search.noConcurrencyText(memory.sequencesPerReplica)) }
                let evaluation = PlanEvaluation(
                    plan: plan, memory: memory, speed: speed, meetsTargets: misses.isEmpty, targetMisses: misses)
                if onlyMeeting, !evaluation.meetsTargets { continue }
                fitting.append(evaluation)
            }
            fitting.sort { PlanEvaluation.isBetter($0, than: $1) }
            return (fitting.filter(\.meetsTargets) + fitting.filter { !$0.meetsTargets }, refusals)
        }
    }
}
