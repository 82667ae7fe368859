import OAMCore
import OAMSolver

/// `oam fit` as a ranked text table, then each chip's reasons (all of them with
/// `--explain`, followed by the arithmetic step by step).
enum FitTable {
    static func render(_ report: FitReport, explain: Bool, front: Bool = false, reasonLimit: Int = 6) -> String {
        var lines = FitRows.header(report)
        lines.append("")
        var table = TextTable(FitRows.headers(report.workload), rightAligned: [2, 5, 6, 7, 8, 9, 10])
        for result in report.results { table.add(FitRows.cells(result, workload: report.workload)) }
        lines.append(table.render())
        lines.append(
            "no* = fits in memory but misses a target or is refused; '?' = a figure is unknown (the reasons name it and the --assume that fills it); TIER assumed (T) = rests on a default or an --assume, T the weakest stated tier behind it"
        )
        if front {
            lines.append("")
            lines += FitFront.text(report)
        }
        for result in report.results {
            lines.append("")
            lines.append("\(result.chip) — \(verdictWord(result))")
            // Without --explain: the first reasons, then every assumed or missing figure.
            let always: Set<Reason.Kind> = [.assumed, .unknown]
            let reasons =
                explain
                ? result.reasons
                : result.reasons.filter { ![.assumption, .evidence].contains($0.kind) && !always.contains($0.kind) }
                    .prefix(reasonLimit) + result.reasons.filter { always.contains($0.kind) }
            for reason in reasons { lines.append("  • \(reason.text)") }
            for alternative in result.alternatives {
                let s = alternative.speed
                lines.append(
                    "  alternative \(alternative.plan.label): "
                        + (s.map {
                            "\(Units.rate($0.outputTokensPerSecond, "tok/s")), TPOT \(Units.seconds($0.timePerOutputToken)), TTFT \(Units.seconds($0.timeToFirstToken))"
                        } ?? "speed unknown"))
            }
            if explain {
                for step in result.explanation {
                    lines.append("  ▸ \(step.title)")
                    for line in step.lines { lines.append("      \(line)") }
                }
            }
        }
        if explain {
            lines.append("")
            lines.append(
                "Defaults (the ceilings used only where no registry figure or adapter report exists; the serving factors — overlap, non-GEMM share, attention efficiency, size curves — always apply):"
            )
            for d in report.defaults.all { lines.append("  \(d.name) = \(d.value): \(d.note) [\(d.source ?? "assumption")]") }
            for c in [report.defaults.gemmSizeEfficiency, report.defaults.memorySizeEfficiency] {
                lines.append("  \(c.name): \(c.summary) (per \(c.unit == 1e9 ? "GFLOP" : "MB")): \(c.note) [\(c.source)]")
            }
        }
        return lines.joined(separator: "\n")
    }

    static func verdictWord(_ v: ChipVerdict) -> String {
        if v.fits {
            return "fits on \(v.modules ?? 0) module\(v.modules == 1 ? "" : "s")" + (v.best.map { " (\($0.plan.label))" } ?? "")
        }
        if let modules = v.modules { return "does not meet the workload on \(modules) module\(modules == 1 ? "" : "s")" }
        return "does not fit"
    }
}
