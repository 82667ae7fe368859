import OAMCore
import OAMSolver

/// The cells of one ranked row, shared by the text and Markdown tables.
enum FitRows {
    static let servingHeaders = [
        "CHIP", "FITS", "MODULES", "PLAN", "MEMORY/MODULE", "TOK/S", "TOK/S/USER", "TTFT", "TPOT", "MFU", "POWER", "BOUND",
        "TIER",
    ]
    static let trainingHeaders = ["CHIP", "FITS", "MODULES", "PLAN", "DAYS", "MODULE-HOURS", "ENERGY", "MFU", "POWER", "TIER"]

    static func headers(_ workload: Workload) -> [String] {
        if case .training = workload { return trainingHeaders }
        return servingHeaders
    }

    /// The verdict's tier; `assumed` with the weakest stated tier behind it
    /// (`assumed (press)`): nearly every verdict rests on some solver default, and the stated
    /// tier is what still tells them apart.
    static func tierLabel(_ v: ChipVerdict) -> String {
        guard let tier = v.evidenceTier else { return "-" }
        guard tier == .assumed, let stated = v.statedTier else { return tier.rawValue }
        return "assumed (\(stated.rawValue))"
    }

    static func cells(_ v: ChipVerdict, workload: Workload) -> [String] {
        let fits = v.fits ? "yes" : (v.modules != nil ? "no*" : "no")
        let modules = v.modules.map(String.init) ?? "-"
        let power = v.power.map(Units.power) ?? "?"
        let tier = tierLabel(v)
        if case .training = workload {
            let t = v.training
            return [
                v.chip, fits, modules, t.map { trainingLabel($0.plan) } ?? "-", t.map { String(format: "%.1f", $0.days) } ?? "?",
                t.map { NumberText.grouped($0.moduleHours) } ?? "?",
                t.flatMap { $0.energyKWh.isFinite ? NumberText.grouped($0.energyKWh) + " kWh" : nil } ?? "?",
                t.map { Units.percent($0.mfu) } ?? "?", power, tier,
            ]
        }
        let dies = Double(v.devicesPerModule)
        let memory = v.best.map { "\(Units.bytes($0.memory.total * dies)) / \(Units.bytes($0.memory.usable * dies))" } ?? "-"
        guard let s = v.best?.speed else {
            return [
                v.chip, fits, modules, v.best?.plan.label ?? "-", memory, "?", "?", "?", "?", "?", power,
                v.best == nil ? "-" : "?", tier,
            ]
        }
        return [
            v.chip, fits, modules, v.best!.plan.label, memory, Units.rate(s.outputTokensPerSecond, ""),
            String(format: "%.1f", s.tokensPerSecondPerUser),
            Units.seconds(s.timeToFirstToken), Units.seconds(s.timePerOutputToken), Units.percent(s.modelComputeEfficiency),
            power, s.bottleneck.rawValue, tier,
        ]
        .map { $0.trimmingTrailingSpaces() }
    }

    /// `TP8 PP16 DP128` for a training plan.
    static func trainingLabel(_ p: ParallelPlan) -> String {
        "TP\(p.tensorParallel)" + (p.pipelineParallel > 1 ? " PP\(p.pipelineParallel)" : "") + " DP\(p.replicas)"
    }

    /// One line describing the model and workload.
    static func header(_ report: FitReport) -> [String] {
        let m = report.model
        var lines = [
            "\(m.id): \(NumberText.grouped(Double(m.parameters))) parameters (\(NumberText.grouped(Double(m.activeParameters))) active), weights \(Units.bytes(m.weightsBytes)) as \(m.weightFormat.summary), KV \(NumberText.grouped(m.kvCacheBytesPerToken)) B/token (\(m.attentionKind), \(m.kvPrecision.rawValue))"
        ]
        if let note = m.formatNote { lines.append("note: \(note)") }
        switch report.workload {
        case .serving(let w):
            var text =
                "serving \(w.inputTokens) in + \(w.outputTokens) out tokens, batch \(w.maximizeBatch ? "max (KV-limited)" : String(w.batch)), memory utilisation \(w.memoryUtilization)"
            if let t = w.maxTimeToFirstToken { text += ", TTFT ≤ \(Units.seconds(t))" }
            if let r = w.minTokensPerSecondPerUser { text += ", ≥ \(r) tok/s per user" }
            lines.append(text)
        case .training(let w):
            lines.append(
                "training on \(Units.count(w.tokens)) tokens, \(w.optimizer.rawValue), ZeRO-\(w.zeroStage), \(w.recompute.rawValue) recompute, \(w.mixedPrecision.rawValue)"
                    + (w.days.map { ", target \($0) days" } ?? ""))
        }
        return lines
    }
}
