import OAMCore

/// The reasons of a serving verdict, one step each: usable memory and the weights'
/// module bound, why no plan holds the workload, the chosen plan's memory, the refusals
/// worth telling, the figures a speed verdict rests on or lacks.
extension ServingVerdictBuilder {
    /// Modules the weights alone need.
    func moduleBound(_ outcome: ServingSearch.Outcome) -> Int {
        (outcome.lowerBound + chip.devicesPerModule - 1) / chip.devicesPerModule
    }

    /// Usable memory per module, and the weights against it.
    func memoryReasons(_ outcome: ServingSearch.Outcome) -> [Reason] {
        let dies = Double(chip.devicesPerModule)
        let perModuleUsable = usable * dies
        let total = profile.totalBytes
        let exposedText =
            chip.exposed!.isDefault
            ? "(\(Units.bytes(chip.capacity!.value)) − \(Units.bytes(defaults.driverReserve.value)) driver reserve)"
            : Units.bytes(chip.exposed!.value)
        let perDevice = dies > 1 ? "\(Units.bytes(usable)) per device × \(Int(dies)) devices = " : ""
        let usableReason = Reason(
            .memory,
            "usable per module = \(exposedText) × \(String(format: "%.2f", memoryUtilization)) − \(Units.bytes(chip.engineOverhead.value)) engine overhead = \(perDevice)\(Units.bytes(perModuleUsable))"
        )
        let weights = "weights \(Units.bytes(total)) (\(profile.format.name))"
        if total > perModuleUsable {
            return [
                usableReason,
                Reason(
                    .memory,
                    "\(weights) > usable \(Units.bytes(perModuleUsable)) per module → at least \(moduleBound(outcome)) modules"),
            ]
        }
        return [usableReason, Reason(.memory, "\(weights) ≤ usable \(Units.bytes(perModuleUsable)) per module")]
    }

    /// Why no plan was found: on exactly the modules asked for, beyond `--max-modules`, or
    /// within it, with the closest miss.
    func noPlanReasons(_ outcome: ServingSearch.Outcome, exactModules: Int?, maxModules: Int) -> [Reason] {
        if let exact = exactModules {
            return [
                Reason(
                    .plan,
                    "no plan on exactly \(exact) module\(exact == 1 ? "" : "s") holds the workload" + closestText(outcome.closest)
                )
            ]
        }
        if outcome.lowerBound > maxModules * chip.devicesPerModule {
            return [
                Reason(
                    .plan,
                    "needs at least \(moduleBound(outcome)) modules for the weights alone, more than --max-modules \(maxModules)")
            ]
        }
        return [Reason(.plan, "no plan on up to \(maxModules) modules holds the workload" + closestText(outcome.closest))]
    }

    /// Refusals worth telling: shards an engine cannot load, not the many shapes that merely
    /// do not divide evenly; two at most.
    func refusalReasons(_ outcome: ServingSearch.Outcome) -> [Reason] {
        outcome.refusals.filter(\.isLoadFailure).prefix(2).map { Reason(.plan, "refused " + $0.text) }
    }

    /// The chosen plan and its memory per module.
    func planReasons(_ best: PlanEvaluation, modules: Int) -> [Reason] {
        let dies = Double(chip.devicesPerModule)
        let plan = best.plan
        let m = best.memory
        let room = m.maxSequencesPerReplica.map(String.init) ?? "any number of"
        var reasons = [
            Reason(.plan, planText(plan, modules: modules)),
            Reason(
                .memory,
                "\(plan.label): weights \(Units.bytes(m.weights * dies)) + KV \(Units.bytes(m.kvCache * dies)) (\(m.sequencesPerReplica) seq × \(workload.contextTokens) tokens per replica) + activations \(Units.bytes(m.activations * dies)) = \(Units.bytes(m.total * dies)) ≤ usable \(Units.bytes(m.usable * dies)) per module; KV room for \(room) sequences per replica"
            ),
        ]
        if let note = kvSplitNote(plan) { reasons.append(Reason(.memory, note)) }
        return reasons
    }

    /// Records the figures a speed verdict for `plan` rests on.
    func useSpeedFigures(_ plan: ParallelPlan, in ledger: inout EvidenceLedger) {
        let mixed = precision.quantizedCompute != precision.baselineCompute
        ledger.use(chip.bandwidth)
        ledger.use(chip.peak(precision.baselineCompute))
        if mixed { ledger.use(chip.peak(precision.quantizedCompute)) }
        ledger.use(chip.gemmFraction(precision.baselineCompute))
        if mixed { ledger.use(chip.gemmFraction(precision.quantizedCompute)) }
        ledger.use(chip.bandwidthFraction)
        if plan.group > 1 || plan.pipelineParallel > 1 {
            ledger.use(chip.link.efficiency)
            ledger.use(chip.link.latency)
        }
        if plan.devicesPerReplica > chip.domainDevices {
            ledger.use(chip.scaleOut)
            ledger.use(chip.crossNodeLatency)
        }
    }

    /// Why there is no speed verdict: the figures that are unknown, or rates that are not
    /// positive numbers.
    func noSpeedText() -> String {
        let missing = roofline.missingFigures
        if missing.isEmpty { return "no speed verdict: the sustained rates of \(chip.id) are not positive numbers" }
        let figures = missing.map { "\($0) of \(chip.id)" }.joined(separator: ", ")
        let hints = missing.map { "\($0): \(chip.assumeHint(path: $0))" }.joined(separator: "; ")
        return "no speed verdict: \(figures) \(missing.count == 1 ? "is" : "are") unknown (\(hints))"
    }

    /// Which entry of the front answers and why, with the front in numbers; nothing for the
    /// default objective, whose answer is the smallest count as it always was.
    func frontReasons(_ front: [FrontEntry], chosen: FrontEntry) -> [Reason] {
        func text(_ e: FrontEntry) -> String {
            let rate = e.throughputPerModule.map { Units.rate($0, "tok/s") + " per module" } ?? "speed unknown"
            let tpot = e.timePerOutputToken.map { ", TPOT " + Units.seconds($0) } ?? ""
            return "\(e.modules) (\(e.best.plan.label), \(rate)\(tpot))"
        }
        let why: String
        switch objective {
        case .minModules: return []
        case .throughputPerModule: why = "the most output tokens per second per module"
        case .latency: why = "the shortest time per output token"
        }
        return [
            Reason(
                .plan,
                "objective \(objective.rawValue): \(chosen.modules) module\(chosen.modules == 1 ? "" : "s") for \(why); Pareto front over server sizes: "
                    + front.map(text).joined(separator: "; "))
        ]
    }
}
