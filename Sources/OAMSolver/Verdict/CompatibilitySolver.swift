import OAMAdapterAPI
import OAMCore

/// The compatibility solver: pure functions from (model, workload, hardware, capability
/// reports) to a ranked, explained report. No I/O.
public enum CompatibilitySolver {
    /// Solves `request` for every chip it names. Never traps: a model whose shapes cannot be
    /// counted (`ModelArchitecture.shapeProblem`) is refused on every chip with the reason,
    /// and counts beyond `InputBounds` are clamped.
    public static func solve(_ request: FitRequest) -> FitReport {
        var request = request
        var clampNotes = request.hardware.clampNotes
        request.hardware = request.hardware.bounded
        switch request.workload {
        case .serving(let w):
            clampNotes += w.clampNotes
            request.workload = .serving(w.bounded)
        case .training(let w):
            clampNotes += w.clampNotes
            request.workload = .training(w.bounded)
        }
        var report = solveBounded(request)
        if !clampNotes.isEmpty {
            for index in report.results.indices {
                report.results[index].reasons.insert(contentsOf: clampNotes.map { Reason(.plan, $0) }, at: 0)
            }
        }
        return report
    }

    private static func solveBounded(_ request: FitRequest) -> FitReport {
        if let problem = request.model.architecture.shapeProblem { return refuseModel(request, problem) }
        let model = request.model
        let checkpoint = CheckpointFormat.format(of: model)
        var requested = checkpoint.format
        var formatNote = checkpoint.note
        var kvRequest: Precision? = nil
        if case .serving(let w) = request.workload {
            if let chosen = w.weights {
                requested = chosen
                formatNote =
                    chosen == checkpoint.format
                    ? formatNote : "requested \(chosen.name) instead of the checkpoint's \(checkpoint.format.name)"
            }
            kvRequest = w.kvPrecision
        }
        var profiles: [WeightFormat: ModelProfile] = [:]
        let inventory = WeightInventory(model.architecture)
        func profile(_ format: WeightFormat) -> ModelProfile {
            if let cached = profiles[format] { return cached }
            let made = ModelProfile(model: model.architecture, inventory: inventory, format: format)
            profiles[format] = made
            return made
        }
        let summaryProfile = profile(requested)
        let kvForSummary = kvRequest ?? requested.baseline
        let summary = ModelSummary(
            id: model.id, name: model.name, parameters: summaryProfile.parameters,
            activeParameters: summaryProfile.activeParameters,
            weightFormat: requested, weightsBytes: summaryProfile.totalBytes, kvPrecision: kvForSummary,
            kvCacheBytesPerToken: AttentionCost(model.architecture, kvPrecision: kvForSummary).bytesPerToken,
            attentionKind: model.architecture.attention.kind.rawValue, formatNote: formatNote)

        var results: [ChipVerdict] = []
        for accelerator in request.hardware.chips {
            let chip = ChipProfileBuilder.build(
                accelerator, report: request.reports[accelerator.id], defaults: request.defaults,
                nodeSize: request.hardware.nodeSize, assumptions: request.assumptions)
            var verdict: ChipVerdict
            switch request.workload {
            case .serving(let workload):
                verdict = serve(request, workload: workload, chip: chip, requested: requested, kv: kvRequest, profile: profile)
            case .training(let workload):
                let solver = TrainingSolver(
                    model: model, workload: workload, chip: chip, profile: profile(.bf16), defaults: request.defaults,
                    strict: request.strictPrecision, exactModules: request.hardware.modules,
                    maxModules: request.hardware.maxModules)
                verdict = solver.verdict()
            }
            // How the chip's descriptor was read where it is silent or loose (topology,
            // bandwidth direction, devices per module): listed on every verdict.
            for assumption in chip.assumptions where !verdict.assumptions.contains(assumption) {
                verdict.assumptions.append(assumption)
                verdict.reasons.append(Reason(.assumption, assumption))
            }
            finishEvidence(&verdict, chip: chip)
            results.append(verdict)
        }
        results.sort { ranks($0, $1, objective: request.objective) }
        return FitReport(
            model: summary, workload: request.workload, results: results, defaults: request.defaults,
            objective: request.objective)
    }

    /// Every chip refused because the model's shapes cannot be counted; nothing is derived
    /// from the architecture (its products could overflow or divide by zero).
    static func refuseModel(_ request: FitRequest, _ problem: String) -> FitReport {
        let model = request.model
        let text = "\(model.id) cannot be sized: \(problem)"
        let summary = ModelSummary(
            id: model.id, name: model.name, parameters: 0, activeParameters: 0, weightFormat: .bf16, weightsBytes: 0,
            kvPrecision: .bf16, kvCacheBytesPerToken: 0, attentionKind: model.architecture.attention.kind.rawValue,
            formatNote: text)
        let plan = PrecisionPlan(
            format: .bf16, requested: .bf16, quantizedCompute: .bf16, baselineCompute: .bf16, kv: .bf16, mode: .refused(text),
            reasons: [text])
        let results = request.hardware.chips.map { a in
            ChipVerdict(
                chip: a.id, chipName: a.name, fits: false, modules: nil,
                devicesPerModule: InputBounds.clamp(a.devicesPerModule, InputBounds.devicesPerModule),
                best: nil, alternatives: [], precision: plan, training: nil, reasons: [Reason(.memory, text)], evidenceTier: nil,
                assumptions: [], unknownFigures: [], explanation: [], power: nil)
        }
        return FitReport(
            model: summary, workload: request.workload, results: results.sorted { $0.chip < $1.chip }, defaults: request.defaults)
    }

    /// One chip, serving.
    static func serve(
        _ request: FitRequest, workload: ServingWorkload, chip: ChipProfile, requested: WeightFormat, kv: Precision?,
        profile: (WeightFormat) -> ModelProfile
    ) -> ChipVerdict {
        let precision = PrecisionResolver.resolve(requested: requested, kv: kv, chip: chip, strict: request.strictPrecision)
        func refusal(_ text: String, kind: Reason.Kind = .memory) -> ChipVerdict {
            var reasons = precision.reasons.map { Reason(.precision, $0) }
            if !reasons.contains(where: { $0.text == text }) { reasons.append(Reason(kind, text)) }
            return ChipVerdict(
                chip: chip.id, chipName: chip.name, fits: false, modules: nil, devicesPerModule: chip.devicesPerModule, best: nil,
                alternatives: [],
                precision: precision, training: nil, reasons: reasons, evidenceTier: nil, assumptions: [],
                unknownFigures: chip.unknownPaths.sorted(), explanation: [], power: nil)
        }
        let maxContext = request.model.architecture.maxContext
        if workload.contextTokens > maxContext {
            return refusal(
                "prompt \(workload.inputTokens) + output \(workload.outputTokens) = \(workload.contextTokens) tokens exceeds the model's context of \(maxContext) tokens (architecture.max_context)",
                kind: .plan)
        }
        if case .refused(let why) = precision.mode { return refusal(why) }
        guard let usable = chip.usable(memoryUtilization: workload.memoryUtilization) else {
            return refusal(
                "memory.capacity of \(chip.id) is unknown: no memory verdict (\(chip.assumeHint(.capacity)))", kind: .unknown)
        }
        guard usable > 0 else {
            return refusal("usable memory per device is \(Units.bytes(usable)) after reserves: nothing fits")
        }
        let model = profile(precision.format)
        let attention = AttentionCost(request.model.architecture, kvPrecision: precision.kv)
        let search = ServingSearch(
            workload: workload, profile: model, attention: attention, chip: chip, precision: precision,
            defaults: request.defaults, usable: usable)
        let exact = request.hardware.modules.map { InputBounds.product($0, chip.devicesPerModule) }
        let outcome = search.run(
            exactDevices: exact, maxDevices: InputBounds.product(request.hardware.maxModules, chip.devicesPerModule))
        let builder = ServingVerdictBuilder(
            model: request.model, workload: workload, chip: chip, precision: precision, profile: model, attention: attention,
            roofline: ServingRoofline(
                profile: model, attention: attention, precision: precision, chip: chip, defaults: request.defaults),
            usable: usable, memoryUtilization: workload.memoryUtilization, alternatives: request.alternatives,
            explain: request.explain, defaults: request.defaults, objective: request.objective)
        return builder.build(outcome, exactModules: request.hardware.modules, maxModules: request.hardware.maxModules)
    }

    /// Fitting first; then, serving with an objective other than the fewest modules, more
    /// throughput per module or a shorter time per output token; then fewer modules; then
    /// faster (serving) or fewer module-hours (training).
    static func ranks(_ a: ChipVerdict, _ b: ChipVerdict, objective: PlanObjective = .minModules) -> Bool {
        if a.fits != b.fits { return a.fits }
        if let ea = a.chosenEntry, let eb = b.chosenEntry {
            switch objective {
            case .minModules: break
            case .throughputPerModule:
                if let ra = ea.throughputPerModule, let rb = eb.throughputPerModule, ParetoFront.compare(ra, rb) != 0 {
                    return ra > rb
                }
            case .latency:
                if let ta = ea.timePerOutputToken, let tb = eb.timePerOutputToken, ParetoFront.compare(ta, tb) != 0 {
                    return ta < tb
                }
            }
        }
        if let ma = a.modules, let mb = b.modules, ma != mb { return ma < mb }
        if (a.modules == nil) != (b.modules == nil) { return a.modules != nil }
        let ra = a.best?.speed?.outputTokensPerSecond ?? -(a.training?.moduleHours ?? .infinity)
        let rb = b.best?.speed?.outputTokensPerSecond ?? -(b.training?.moduleHours ?? .infinity)
        if ra != rb { return ra > rb }
        return a.chip < b.chip
    }
}
