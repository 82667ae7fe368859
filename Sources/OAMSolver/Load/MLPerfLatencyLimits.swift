/// MLPerf Inference's p99 latency limits per benchmark model, in seconds, as loadgen's
/// `mlperf.conf` states them (`<benchmark>.Server.ttft_latency` / `tpot_latency`, in ms; the
/// `-interactive` benchmarks for the Interactive scenario). Source: the copy shipped with the
/// v5.1 submissions,
/// https://github.com/mlcommons/inference_results_v5.1/blob/main/closed/AMD/measurements/8xMI300X_2xEPYC_9575F/llama2-70b-99/Server/mlperf.conf
/// A model that is not a benchmark gets Llama-2-70B's limits, as does a benchmark without an
/// interactive variant in the Interactive scenario.
public struct MLPerfLatencyLimits: Sendable, Hashable {
    /// Registry model id → (server, interactive) limits.
    struct Entry {
        let model: String
        let benchmark: String
        let server: LatencyTargets
        let interactive: LatencyTargets?
    }

    static func limits(_ ttftMs: Double, _ tpotMs: Double) -> LatencyTargets {
        LatencyTargets(timeToFirstToken: ttftMs / 1000, timePerOutputToken: tpotMs / 1000)
    }

    /// llama2-70b: Server 2000/200 ms, Interactive 450/40 ms — the fallback for other models.
    static let llama2 = Entry(
        model: "meta-llama/llama-2-70b-hf", benchmark: "llama2-70b", server: limits(2000, 200), interactive: limits(450, 40))

    static let table: [Entry] = [
        llama2,
        Entry(
            model: "meta-llama/llama-3.1-8b", benchmark: "llama3_1-8b", server: limits(2000, 100), interactive: limits(500, 30)),
        Entry(
            model: "meta-llama/llama-3.1-405b", benchmark: "llama3_1-405b", server: limits(6000, 175),
            interactive: limits(4500, 80)),
        Entry(model: "mistralai/mixtral-8x7b-v0.1", benchmark: "mixtral-8x7b", server: limits(2000, 200), interactive: nil),
        Entry(model: "deepseek-ai/deepseek-r1", benchmark: "deepseek-r1", server: limits(2000, 80), interactive: nil),
    ]

    /// The limits `scenario` sets for `model` (`nil` for Offline), and the benchmark they come from.
    public static func targets(for scenario: ServingScenario, model: String) -> (targets: LatencyTargets, benchmark: String)? {
        let entry = table.first { $0.model == model }
        switch scenario {
        case .offline:
            return nil
        case .server:
            let e = entry ?? llama2
            return (e.server, e.benchmark)
        case .interactive:
            if let e = entry, let i = e.interactive { return (i, e.benchmark + "-interactive") }
            return (llama2.interactive!, "llama2-70b-interactive")
        }
    }
}
