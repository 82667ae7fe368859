import Foundation
import OAMCore

/// Sizes a training run on one chip: the modules its memory needs (optimizer states,
/// ZeRO, activations), the modules a target duration needs (6·N_active·D FLOPs over
/// modules × peak × MFU), module-hours and energy from TDP.
struct TrainingSolver {
    var model: ModelDescriptor
    var workload: TrainingWorkload
    var chip: ChipProfile
    var profile: ModelProfile
    var defaults: SolverDefaults
    var strict: Bool
    var exactModules: Int?
    var maxModules: Int

    func verdict() -> ChipVerdict {
        var reasons: [Reason] = []
        var ledger = EvidenceLedger()
        ledger.use(chip.capacity)
        ledger.use(chip.exposed)
        ledger.use(tier: model.evidence.tier(of: "architecture.hidden_size"))
        let a = profile.architecture
        let noPrecision = PrecisionPlan(
            format: profile.format, requested: profile.format, quantizedCompute: workload.mixedPrecision, baselineCompute: .bf16,
            kv: .bf16, mode: .asRequested, reasons: [])

        // Peak in the training precision.
        var precision = workload.mixedPrecision
        if precision != .bf16, !(chip.support[precision]?.isNative ?? false) {
            if strict {
                return fail(
                    [
                        "\(precision.rawValue) training is not native on \(chip.id) (\(chip.support[precision]?.evidence ?? "no figure")) and --strict-precision is set"
                    ], noPrecision, ledger)
            }
            reasons.append(
                Reason(
                    .precision,
                    "\(precision.rawValue) not native on \(chip.id) (\(chip.support[precision]?.evidence ?? "no figure")): bf16 mixed precision planned"
                ))
            precision = .bf16
        }
        guard let usable = chip.usable(memoryUtilization: workload.memoryUtilization), usable > 0 else {
            return fail(["memory.capacity of \(chip.id) is unknown: no memory verdict"], noPrecision, ledger)
        }
        let bf16Peak = chip.peak(.bf16)
        let peak = chip.peak(precision)
        let flops = 6 * profile.macsPerToken * workload.tokens
        var mfu = workload.mfu ?? defaults.trainingMFU.value
        if workload.mfu == nil, precision != .bf16, let pb = bf16Peak?.value, let pp = peak?.value {
            mfu = defaults.trainingMFU.value * pb / pp
            reasons.append(
                Reason(
                    .assumption,
                    "\(precision.rawValue) training assumed to reach the same FLOP/s as bf16 (Llama 4 FP8: 390 TFLOPS/GPU ≈ Llama 3 BF16 380–430): MFU \(Units.percent(mfu)) of the \(precision.rawValue) peak"
                ))
        }

        // Smallest device count that holds the training state.
        let enumerator = PlanEnumerator(architecture: a, format: profile.format, domainDevices: chip.domainDevices)
        let maxDevices = InputBounds.product(max(maxModules, exactModules ?? 0), chip.devicesPerModule)
        var needed = InputBounds.product(exactModules ?? 1, chip.devicesPerModule)
        var timeBound: Int? = nil
        if exactModules == nil, let days = workload.days, let p = peak?.value {
            let devices = InputBounds.ceil(flops / (p * mfu * days * 86_400), in: 1...(Int.max / 4))
            timeBound = devices
            needed = max(needed, devices)
        }
        let stateBytes = profile.totalBytes / 2 * (4 + workload.optimizer.stateBytesPerParameter)
        if exactModules == nil {
            let zeroShards = workload.zeroStage >= 3
            let memoryBound = zeroShards ? InputBounds.ceil(stateBytes / usable, in: 1...(Int.max / 4)) : 1
            needed = max(needed, memoryBound)
        }
        var found: (devices: Int, plan: ParallelPlan, memory: TrainingMemory)? = nil
        // Whole modules; beyond one node, whole nodes (plans then factor into TP × PP × DP).
        let unit = max(1, exactModules == nil && needed > chip.domainDevices ? chip.domainDevices : chip.devicesPerModule)
        needed = min(needed, maxDevices + 1)
        var n = InputBounds.product(needed / unit + (needed % unit == 0 ? 0 : 1), unit)
        while n <= maxDevices, found == nil {
            for plan in trainingPlans(enumerator, devices: n) {
                let memory = memoryFor(plan)
                if memory.total <= usable {
                    if found == nil
                        || plan.tensorParallel * plan.pipelineParallel < found!.plan.tensorParallel * found!.plan.pipelineParallel
                    {
                        found = (n, plan, memory)
                    }
                }
            }
            if exactModules != nil { break }
            if found == nil { n = nextCount(after: n) }
        }
        reasons.append(
            Reason(
                .training,
                "training state \(Units.bytes(stateBytes)) (bf16 weights 2 B + grads 2 B + \(workload.optimizer.rawValue) \(Int(workload.optimizer.stateBytesPerParameter)) B per parameter), ZeRO-\(workload.zeroStage), activations with \(workload.recompute.rawValue) recompute at \(workload.sequenceLength) tokens × \(workload.microBatch)"
            ))
        guard let choice = found else {
            let limit = exactModules.map { "exactly \($0)" } ?? "up to \(maxModules)"
            return fail(
                reasons.map(\.text) + [
                    "no training plan on \(limit) modules fits \(Units.bytes(usable * Double(chip.devicesPerModule))) usable per module"
                ], noPrecision, ledger)
        }
        let modules = choice.devices / chip.devicesPerModule
        let m = choice.memory
        let dies = Double(chip.devicesPerModule)
        reasons.append(
            Reason(
                .plan,
                "\(modules) module\(modules == 1 ? "" : "s") as TP\(choice.plan.tensorParallel)\(choice.plan.pipelineParallel > 1 ? " PP\(choice.plan.pipelineParallel)" : "") DP\(choice.plan.replicas): weights \(Units.bytes(m.weights * dies)) + grads \(Units.bytes(m.gradients * dies)) + optimizer \(Units.bytes(m.optimizer * dies)) + activations \(Units.bytes(m.activations * dies)) = \(Units.bytes(m.total * dies)) ≤ usable \(Units.bytes(usable * dies)) per module"
            ))
        if let bound = timeBound {
            reasons.append(
                Reason(
                    .training,
                    "target \(String(format: "%.1f", workload.days!)) days needs ≥ \(bound) devices at MFU \(Units.percent(mfu))")
            )
        }

        var estimate: TrainingEstimate? = nil
        if let p = peak {
            ledger.use(p)
            if workload.mfu == nil { ledger.use(Sourced(defaults.trainingMFU)) }
            let seconds = flops / (Double(choice.devices) * p.value * mfu)
            let hours = seconds / 3600
            let energy = chip.tdp.map { Double(modules) * $0.value * hours / 1000 } ?? .nan
            ledger.use(chip.tdp)
            estimate = TrainingEstimate(
                plan: choice.plan, totalFLOPs: flops, days: seconds / 86_400, moduleHours: Double(modules) * hours,
                energyKWh: energy, mfu: mfu, peak: p.value,
                weights: m.weights, gradients: m.gradients, optimizer: m.optimizer, activations: m.activations, usable: usable)
            reasons.append(
                Reason(
                    .training,
                    "6·N_active·D = 6 × \(Units.count(profile.macsPerToken)) × \(Units.count(workload.tokens)) = \(Units.flopCount(flops)); at \(Units.percent(mfu)) MFU of \(Units.flops(p.value)) \(precision.rawValue) per device × \(choice.devices) → \(String(format: "%.1f", seconds / 86_400)) days, \(NumberText.grouped(Double(modules) * hours)) module-hours"
                        + (chip.tdp != nil
                            ? ", \(NumberText.grouped(energy)) kWh at \(Units.power(chip.tdp!.value)) TDP (modules only)" : "")))
        } else {
            reasons.append(Reason(.speed, "no duration: peak_dense.\(precision.rawValue) of \(chip.id) is unknown"))
        }
        var v = fail([], noPrecision, ledger)
        v.reasons = reasons + v.reasons
        v.fits = true
        v.modules = modules
        v.training = estimate
        v.power = chip.tdp.map { Double(modules) * $0.value }
        v.best = nil
        return v
    }

    /// Plans for training: TP inside the domain, PP over layers, the rest data parallel.
    private func trainingPlans(_ enumerator: PlanEnumerator, devices n: Int) -> [ParallelPlan] {
        var plans: [ParallelPlan] = []
        for t in enumerator.tensorParallelDegrees where n % t == 0 {
            var pp = 1
            while pp <= profile.architecture.layers && t * pp <= n {
                if n % (t * pp) == 0 {
                    plans.append(ParallelPlan(tensorParallel: t, pipelineParallel: pp, replicas: n / (t * pp)))
                }
                pp += 1
            }
        }
        return plans
    }

    private func memoryFor(_ plan: ParallelPlan) -> TrainingMemory {
        let a = profile.architecture
        let split = StageSplit(layers: a.layers, stages: plan.pipelineParallel)
        let shares = DeviceShares(
            profile, ParallelPlan(tensorParallel: plan.tensorParallel, pipelineParallel: plan.pipelineParallel))
        // Experts sharded over TP × EP, EP taken from the data-parallel ranks.
        var bytes = shares.stageWeights(0, split: split, architecture: a)
        if let moe = a.moe {
            let ep = gcd(moe.experts, plan.replicas)
            let (_, moeCount) = split.counts(0, in: a)
            bytes -= Double(moeCount) * profile.perExpertBytes * shares.expertsPerDevice
            bytes += Double(moeCount) * profile.moeLayer[.routedExperts] / Double(plan.tensorParallel * ep)
        }
        return TrainingMemory.evaluate(
            a, parameters: bytes / 2, plan: plan, workload: workload, stageLayers: split.ranges[0].count)
    }

    private func nextCount(after n: Int) -> Int {
        let step = n < chip.domainDevices ? chip.devicesPerModule : chip.domainDevices
        return ((n / step) + 1) * step
    }

    private func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }

    private func fail(_ texts: [String], _ precision: PrecisionPlan, _ ledger: EvidenceLedger) -> ChipVerdict {
        var reasons = texts.map { Reason(.training, $0) }
        if !ledger.assumptions.isEmpty {
            reasons.append(Reason(.assumption, "defaults used: " + ledger.assumptions.joined(separator: ", ")))
        }
        if let tier = ledger.weakest {
            reasons.append(Reason(.evidence, "weakest evidence among the figures used: \(tier.rawValue)"))
        }
        return ChipVerdict(
            chip: chip.id, chipName: chip.name, fits: false, modules: nil, devicesPerModule: chip.devicesPerModule, best: nil,
            alternatives: [],
            precision: precision, training: nil, reasons: reasons, evidenceTier: ledger.weakest, assumptions: ledger.assumptions,
            unknownFigures: chip.unknownPaths.sorted(), explanation: [], power: nil)
    }
}
