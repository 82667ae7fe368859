import OAMCore
import OAMSolver

/// `oam fit --front`: each chip's Pareto front over server sizes as one table, the entry the
/// objective picked marked.
enum FitFront {
    static let headers = ["CHIP", "MODULES", "PLAN", "TOK/S", "TOK/S/MODULE", "TTFT", "TPOT", "ANSWER"]

    /// One row per front entry of every chip; chips without a front (nothing meets the
    /// workload, or training) get none.
    static func rows(_ report: FitReport) -> [[String]] {
        report.results.flatMap { v in
            v.front.map { e in
                [
                    v.chip, String(e.modules), e.best.plan.label, e.outputTokensPerSecond.map { Units.rate($0, "") } ?? "?",
                    e.throughputPerModule.map { Units.rate($0, "") } ?? "?", e.timeToFirstToken.map(Units.seconds) ?? "?",
                    e.timePerOutputToken.map(Units.seconds) ?? "?", e.modules == v.modules ? "◀" : "",
                ]
                .map { $0.trimmingTrailingSpaces() }
            }
        }
    }

    /// What the table shows and which objective marked the answers.
    static func heading(_ report: FitReport) -> String {
        "Pareto front over server sizes (1, 2, 4, 8 … modules, then whole nodes; ◀ = the answer for --objective \(report.objective.rawValue)):"
    }

    /// The front as text: the heading, then the table.
    static func text(_ report: FitReport) -> [String] {
        var table = TextTable(headers, rightAligned: [1, 3, 4, 5, 6])
        for row in rows(report) { table.add(row) }
        return [heading(report), table.render()]
    }
}
