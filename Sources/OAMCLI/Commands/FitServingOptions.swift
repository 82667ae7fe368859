import ArgumentParser
import OAMQuery
import OAMSolver

/// The serving options of `oam fit`; `ServingQuery` validates them and fills the defaults.
struct FitServingOptions: ParsableArguments {
    @Option(
        name: .customLong("input-tokens"),
        help: ArgumentHelp("Prompt tokens per request (2k, 2048; default 1024).", valueName: "count"))
    var inputTokens: String?

    @Option(
        name: .customLong("output-tokens"), help: ArgumentHelp("Generated tokens per request (default 1024).", valueName: "count")
    )
    var outputTokens: String?

    @Option(
        help: ArgumentHelp(
            "Total tokens per sequence (prompt + output); sets the prompt to context − output.", valueName: "count"))
    var context: String?

    @Option(
        help: ArgumentHelp(
            "Concurrent sequences, or 'max' for as many as the KV cache holds (default 1).", valueName: "count|max"))
    var batch: String?

    @Option(
        name: .customLong("max-sequences"),
        help: ArgumentHelp(
            "With --batch max: most sequences one replica runs at once (default 256, vLLM's max_num_seqs).", valueName: "count"))
    var maxSequences: Int?

    @Option(
        help: ArgumentHelp(
            "Weight format: checkpoint (default), \(WeightFormat.named.map(\.name).joined(separator: ", ")).", valueName: "format"
        ))
    var weights: String?

    @Option(help: ArgumentHelp("KV-cache precision: checkpoint (default), bf16, fp16, fp8, int8.", valueName: "precision"))
    var kv: String?

    @Option(
        name: .customLong("memory-utilization"),
        help: ArgumentHelp(
            "Fraction of module memory the engine may use (vLLM gpu_memory_utilization; default 0.9).", valueName: "0-1"))
    var memoryUtilization: Double?

    @Option(
        name: .customLong("max-ttft"),
        help: ArgumentHelp("Target: longest time to first token (2, 2s, 500ms).", valueName: "time"))
    var maxTTFT: String?

    @Option(
        name: .customLong("min-tokens-per-second-per-user"),
        help: ArgumentHelp("Target: slowest generation per user, tokens/s.", valueName: "rate"))
    var minTokensPerSecondPerUser: Double?

    @Option(
        name: .customLong("max-tpot"),
        help: ArgumentHelp(
            "Target: longest time per output token (40ms, 0.2s); = 1 / --min-tokens-per-second-per-user.", valueName: "time"))
    var maxTPOT: String?

    @Option(
        help: ArgumentHelp(
            "MLPerf scenario preset: offline, server or interactive (the benchmark's p99 TTFT/TPOT limits, Llama-2-70B's for other models); with limits the concurrency and load are searched for the most throughput that meets them.",
            valueName: "name"))
    var scenario: String?

    @Option(
        help: ArgumentHelp(
            "Which entry of each module's Pareto front over server sizes (1, 2, 4, 8 … modules, then whole nodes) is its answer: min-modules (default), throughput-per-module or latency; --front prints the front.",
            valueName: "name"))
    var objective: String?

    /// The options as the query `oam fit` and `GET /api/v1/fit` share.
    var query: ServingQuery {
        ServingQuery(
            inputTokens: inputTokens, outputTokens: outputTokens, context: context, batch: batch, maxSequences: maxSequences,
            weights: weights, kv: kv, memoryUtilization: memoryUtilization, maxTTFT: maxTTFT,
            minTokensPerSecondPerUser: minTokensPerSecondPerUser, maxTPOT: maxTPOT, scenario: scenario,
            objective: objective)
    }
}
