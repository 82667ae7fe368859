import OAMCore
import OAMSolver

/// The question a fit answer is for, in words: the workload with its defaults filled in and
/// the formats the model is stored in. The server's form echoes what the user typed; this
/// says what the solver used, which is all a static page has.
enum FitWorkload {
    static func render(_ report: FitReport, t: Localizer) -> HTMLNode {
        switch report.workload {
        case .serving(let w):
            var text = t(
                .fitWorkloadServing,
                [
                    "input": String(w.inputTokens), "output": String(w.outputTokens),
                    "batch": w.maximizeBatch ? t(.fitWorkloadMaxBatch) : String(w.batch),
                    "weights": report.model.weightFormat.summary, "kv": report.model.kvPrecision.rawValue.uppercased(),
                    "utilisation": Units.percent(w.memoryUtilization),
                ])
            if let limit = w.maxTimeToFirstToken { text += " " + t(.fitWorkloadTTFT, ["limit": Units.seconds(limit)]) }
            if let rate = w.minTokensPerSecondPerUser { text += " " + t(.fitWorkloadRate, ["rate": NumberText.plain(rate)]) }
            return .el("p", text: text)
        case .training(let w):
            return .el(
                "p",
                text: t(
                    .fitWorkloadTraining,
                    [
                        "tokens": Units.count(w.tokens), "optimizer": w.optimizer.rawValue, "zero": String(w.zeroStage),
                        "recompute": w.recompute.rawValue, "mixed": w.mixedPrecision.rawValue.uppercased(),
                    ]))
        }
    }
}
