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
        let noPrecision = PrecisionPlan(
            format: profile.format, requested: profile.format, quantizedCompute: workload.mixedPrecision, baselineCompute: .bf16,
            kv: .bf16, mode: .asRequested, reasons: [])

        let (precision, refusal) = trainingPrecision(reasons: &reasons)
        if let refusal { return fail([refusal], noPrecision, ledger) }
        guard let usable = chip.usable(memoryUtilization: workload.memoryUtilization), usable > 0 else {
            return fail(
                ["memory.capacity of \(chip.id) is unknown: no memory verdict (\(chip.assumeHint(.capacity)))"], noPrecision,
                ledger)
        }
        let peak = chip.peak(precision)
        let flops = 6 * profile.macsPerToken * workload.tokens
        let mfu = utilisation(precision: precision, reasons: &reasons)
        let stateBytes = profile.totalBytes / 2 * (4 + workload.optimizer.stateBytesPerParameter)
        let search = smallestPlan(usable: usable, flops: flops, mfu: mfu, peak: peak?.value, stateBytes: stateBytes)
        reasons.append(stateReason(stateBytes))
        guard let choice = search.found else {
            let limit = exactModules.map { "exactly \($0)" } ?? "up to \(maxModules)"
            return fail(
                reasons.map(\.text) + [
                    "no training plan on \(limit) modules fits \(Units.bytes(usable * Double(chip.devicesPerModule))) usable per module"
                ], noPrecision, ledger)
        }
        let modules = choice.devices / chip.devicesPerModule
        reasons.append(planReason(choice, modules: modules, usable: usable))
        if let bound = search.timeBound, let days = workload.days {
            reasons.append(
                Reason(
                    .training, "target \(String(format: "%.1f", days)) days needs ≥ \(bound) devices at MFU \(Units.percent(mfu))"
                ))
        }
        var estimate: TrainingEstimate? = nil
        if let peak {
            estimate = duration(choice, modules: modules, flops: flops, mfu: mfu, peak: peak, usable: usable, ledger: &ledger)
            reasons.append(durationReason(estimate!, devices: choice.devices, modules: modules, precision: precision))
        } else {
            reasons.append(
                Reason(
                    .speed,
                    "no duration: peak_dense.\(precision.rawValue) of \(chip.id) is unknown (\(chip.assumeHint(.peak(precision))))"
                ))
        }
        // A deadline is met only when a duration is known and within it: with an unknown
        // peak there is no duration, and with `--modules` the plan is not sized to it.
        var meetsDeadline = true
        if let target = workload.days {
            if let estimate {
                if estimate.days > target {
                    meetsDeadline = false
                    reasons.append(
                        Reason(
                            .training,
                            "\(NumberText.plain(estimate.days)) days on \(modules) module\(modules == 1 ? "" : "s") > target \(NumberText.plain(target)) days"
                        ))
                }
            } else {
                meetsDeadline = false
                reasons.append(
                    Reason(
                        .speed,
                        "target \(NumberText.plain(target)) days cannot be checked: peak_dense.\(precision.rawValue) of \(chip.id) is unknown"
                    ))
            }
        }
        var v = fail([], noPrecision, ledger)
        v.reasons = reasons + v.reasons
        v.fits = meetsDeadline
        v.modules = modules
        v.training = estimate
        v.power = chip.tdp.map { Double(modules) * $0.value }
        v.best = nil
        return v
    }

    /// The precision the matrix math runs in: the one asked for when it is native, else
    /// bf16 (said so); under `--strict-precision` a non-native one is refused (the text).
    private func trainingPrecision(reasons: inout [Reason]) -> (Precision, refusal: String?) {
        let precision = workload.mixedPrecision
        guard precision != .bf16, !(chip.support[precision]?.isNative ?? false) else { return (precision, nil) }
        let evidence = chip.support[precision]?.evidence ?? "no figure"
        if strict {
            return (
                precision,
                "\(precision.rawValue) training is not native on \(chip.id) (\(evidence)) and --strict-precision is set"
            )
        }
        reasons.append(
            Reason(.precision, "\(precision.rawValue) not native on \(chip.id) (\(evidence)): bf16 mixed precision planned"))
        return (.bf16, nil)
    }

    /// Model FLOPs utilisation of the training precision's peak: as given, else the default,
    /// which for a narrower precision assumes the same FLOP/s as bf16.
    private func utilisation(precision: Precision, reasons: inout [Reason]) -> Double {
        if let mfu = workload.mfu { return mfu }
        let mfu = defaults.trainingMFU.value
        guard precision != .bf16, let pb = chip.peak(.bf16)?.value, let pp = chip.peak(precision)?.value else { return mfu }
        let scaled = mfu * pb / pp
        reasons.append(
            Reason(
                .assumption,
                "\(precision.rawValue) training assumed to reach the same FLOP/s as bf16 (Llama 4 FP8: 390 TFLOPS/GPU ≈ Llama 3 BF16 380–430): MFU \(Units.percent(scaled)) of the \(precision.rawValue) peak"
            ))
        return scaled
    }

    /// What the training state holds per parameter and how it is sharded.
    private func stateReason(_ stateBytes: Double) -> Reason {
        let optimizer = workload.optimizer
        return Reason(
            .training,
            "training state \(Units.bytes(stateBytes)) (bf16 weights 2 B + grads 2 B + \(optimizer.rawValue) \(Int(optimizer.stateBytesPerParameter)) B per parameter), ZeRO-\(workload.zeroStage), activations with \(workload.recompute.rawValue) recompute at \(workload.sequenceLength) tokens × \(workload.microBatch)"
        )
    }

    /// The chosen plan and its memory per module.
    private func planReason(_ choice: TrainingChoice, modules: Int, usable: Double) -> Reason {
        let m = choice.memory
        let dies = Double(chip.devicesPerModule)
        let plan = choice.plan
        let shape = "TP\(plan.tensorParallel)\(plan.pipelineParallel > 1 ? " PP\(plan.pipelineParallel)" : "") DP\(plan.replicas)"
        return Reason(
            .plan,
            "\(modules) module\(modules == 1 ? "" : "s") as \(shape): weights \(Units.bytes(m.weights * dies)) + grads \(Units.bytes(m.gradients * dies)) + optimizer \(Units.bytes(m.optimizer * dies)) + activations \(Units.bytes(m.activations * dies)) = \(Units.bytes(m.total * dies)) ≤ usable \(Units.bytes(usable * dies)) per module"
        )
    }

    /// Duration, module-hours and energy of the run on the chosen plan: 6·N·D FLOPs over
    /// devices × peak × MFU.
    private func duration(
        _ choice: TrainingChoice, modules: Int, flops: Double, mfu: Double, peak: Sourced, usable: Double,
        ledger: inout EvidenceLedger
    ) -> TrainingEstimate {
        ledger.use(peak)
        if workload.mfu == nil { ledger.use(Sourced(defaults.trainingMFU)) }
        ledger.use(chip.tdp)
        let seconds = flops / (Double(choice.devices) * peak.value * mfu)
        let hours = seconds / 3600
        let m = choice.memory
        return TrainingEstimate(
            plan: choice.plan, totalFLOPs: flops, days: seconds / 86_400, moduleHours: Double(modules) * hours,
            energyKWh: chip.tdp.map { Double(modules) * $0.value * hours / 1000 } ?? .nan, mfu: mfu, peak: peak.value,
            weights: m.weights, gradients: m.gradients, optimizer: m.optimizer, activations: m.activations, usable: usable)
    }

    /// The duration in numbers: 6·N·D, the rate it runs at, days, module-hours, energy.
    private func durationReason(_ e: TrainingEstimate, devices: Int, modules: Int, precision: Precision) -> Reason {
        let energy =
            chip.tdp.map { ", \(NumberText.grouped(e.energyKWh)) kWh at \(Units.power($0.value)) TDP (modules only)" } ?? ""
        return Reason(
            .training,
            "6·N_active·D = 6 × \(Units.count(profile.macsPerToken)) × \(Units.count(workload.tokens)) = \(Units.flopCount(e.totalFLOPs)); at \(Units.percent(e.mfu)) MFU of \(Units.flops(e.peak)) \(precision.rawValue) per device × \(devices) → \(String(format: "%.1f", e.days)) days, \(NumberText.grouped(e.moduleHours)) module-hours"
                + energy)
    }

    private func fail(_ texts: [String], _ precision: PrecisionPlan, _ ledger: EvidenceLedger) -> ChipVerdict {
        var reasons = texts.map { Reason(.training, $0) }
        if !ledger.defaults.isEmpty {
            reasons.append(Reason(.assumption, "defaults used: " + ledger.defaults.joined(separator: ", ")))
        }
        return ChipVerdict(
            chip: chip.id, chipName: chip.name, fits: false, modules: nil, devicesPerModule: chip.devicesPerModule, best: nil,
            alternatives: [],
            precision: precision, training: nil, reasons: reasons, evidenceTier: ledger.weakest, assumptions: ledger.assumptions,
            unknownFigures: chip.unknownPaths.sorted(), explanation: [], power: nil, statedTier: ledger.weakestStated,
            assumedFigures: ledger.assumedFigures(chip))
    }
}
