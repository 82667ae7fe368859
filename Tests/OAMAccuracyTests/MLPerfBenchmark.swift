/// One MLPerf Inference LLM benchmark as the harness needs it (`Accuracy/mlperf-benchmarks.tsv`):
/// the registry model, the dataset's mean prompt length when a source gives it (or the
/// assumption the table states), and the scenario latency limits from loadgen's `mlperf.conf`.
struct MLPerfBenchmark {
    let name: String
    let model: String
    /// Mean prompt tokens per sample; `nil` when no citable figure exists (results excluded).
    let meanInputTokens: Int?
    let inputSource: String
    /// p99 limits in seconds, per scenario (`nil` = no limit or no such scenario).
    let serverLimits: (ttft: Double, tpot: Double)?
    let interactiveLimits: (ttft: Double, tpot: Double)?
    let limitsSource: String

    init(_ row: TSVTable.Row) throws {
        name = try row.value("benchmark")
        model = try row.value("model")
        let input = try row.value("mean_input_tokens")
        meanInputTokens = input == "unknown" ? nil : try row.integer("mean_input_tokens")
        inputSource = try row.value("input_source")
        serverLimits = try Self.limits(row, "ttft_limit_ms", "tpot_limit_ms")
        interactiveLimits = try Self.limits(row, "interactive_ttft_limit_ms", "interactive_tpot_limit_ms")
        limitsSource = try row.value("limits_source")
    }

    /// Limits in seconds from two millisecond columns; both empty = none.
    private static func limits(_ row: TSVTable.Row, _ ttft: String, _ tpot: String) throws -> (ttft: Double, tpot: Double)? {
        if try row.value(ttft).isEmpty && row.value(tpot).isEmpty { return nil }
        return (try row.number(ttft) / 1000, try row.number(tpot) / 1000)
    }

    func limits(for scenario: MLPerfScenario) -> (ttft: Double, tpot: Double)? {
        switch scenario {
        case .offline: nil
        case .server: serverLimits
        case .interactive: interactiveLimits
        }
    }

    static func all() throws -> [String: MLPerfBenchmark] {
        let table = try TSVTable(named: "mlperf-benchmarks.tsv")
        var byName: [String: MLPerfBenchmark] = [:]
        for row in table.rows {
            let b = try MLPerfBenchmark(row)
            byName[b.name] = b
        }
        return byName
    }
}
