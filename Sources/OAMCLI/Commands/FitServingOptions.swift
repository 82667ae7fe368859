import ArgumentParser
import OAMCore
import OAMSolver

/// The serving workload of `oam fit`. Every option is optional so that `oam fit --train`
/// can refuse the ones it would otherwise silently ignore.
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

    /// The KV-cache precisions `--kv` accepts besides `checkpoint`.
    static let kvPrecisions: [Precision] = [.bf16, .fp16, .fp8, .int8]

    /// The serving options given on the command line, as flags (for `--train`'s refusal).
    var given: [String] {
        [
            ("--input-tokens", inputTokens != nil), ("--output-tokens", outputTokens != nil), ("--context", context != nil),
            ("--batch", batch != nil), ("--max-sequences", maxSequences != nil), ("--weights", weights != nil),
            ("--kv", kv != nil),
            ("--memory-utilization", memoryUtilization != nil), ("--max-ttft", maxTTFT != nil),
            ("--min-tokens-per-second-per-user", minTokensPerSecondPerUser != nil),
        ].filter(\.1).map(\.0)
    }

    private var outputText: String { outputTokens ?? "1024" }

    func validate() throws {
        for (flag, value) in [("--input-tokens", inputTokens), ("--output-tokens", outputTokens)] {
            guard let value else { continue }
            guard let n = CountParser.parseInt(value), n >= 1 else {
                throw ValidationError("\(flag): '\(value)' is not a token count (e.g. 2048 or 2k)")
            }
            guard n <= InputBounds.tokens.upperBound else {
                throw ValidationError("\(flag): \(n) tokens is more than the solver handles (\(InputBounds.tokens.upperBound))")
            }
        }
        if let context {
            guard let c = CountParser.parseInt(context), let o = CountParser.parseInt(outputText), c > o else {
                throw ValidationError("--context: '\(context)' must be a token count larger than --output-tokens")
            }
            guard c <= InputBounds.tokens.upperBound else {
                throw ValidationError("--context: \(c) tokens is more than the solver handles (\(InputBounds.tokens.upperBound))")
            }
        }
        if let maxSequences, maxSequences < 1 { throw ValidationError("--max-sequences must be at least 1") }
        if let batch, batch != "max", (CountParser.parseInt(batch) ?? 0) < 1 {
            throw ValidationError("--batch: '\(batch)' is not a positive count or 'max'")
        }
        if let weights, weights != "checkpoint", WeightFormat.named(weights) == nil {
            let names = WeightFormat.named.map(\.name)
            let hint = Suggestions.didYouMean(weights, in: names).map { "; \($0)" } ?? ""
            throw ValidationError("--weights must be checkpoint or one of \(names.joined(separator: ", "))\(hint)")
        }
        if let kv, kv.lowercased() != "checkpoint", Self.kvPrecision(kv) == nil {
            throw ValidationError("--kv must be checkpoint, bf16, fp16, fp8 or int8")
        }
        if let memoryUtilization, !(memoryUtilization.isFinite && memoryUtilization > 0 && memoryUtilization <= 1) {
            throw ValidationError("--memory-utilization must be in (0, 1]")
        }
        if let maxTTFT {
            guard let seconds = CountParser.parseSeconds(maxTTFT), seconds.isFinite, seconds > 0 else {
                throw ValidationError("--max-ttft: '\(maxTTFT)' is not a positive duration (2, 2s, 500ms)")
            }
        }
        if let minTokensPerSecondPerUser, !(minTokensPerSecondPerUser.isFinite && minTokensPerSecondPerUser > 0) {
            throw ValidationError("--min-tokens-per-second-per-user must be a positive, finite rate")
        }
    }

    static func kvPrecision(_ text: String) -> Precision? {
        Precision(rawValue: text.lowercased()).flatMap { kvPrecisions.contains($0) ? $0 : nil }
    }

    func workload() -> ServingWorkload {
        let output = CountParser.parseInt(outputText) ?? 1024
        let input = context.flatMap(CountParser.parseInt).map { $0 - output } ?? inputTokens.flatMap(CountParser.parseInt) ?? 1024
        let batch = self.batch ?? "1"
        let weights = self.weights ?? "checkpoint"
        return ServingWorkload(
            inputTokens: input, outputTokens: output, batch: batch == "max" ? 1 : (CountParser.parseInt(batch) ?? 1),
            maximizeBatch: batch == "max", maxBatchPerReplica: maxSequences,
            weights: weights == "checkpoint" ? nil : WeightFormat.named(weights),
            kvPrecision: kv.flatMap(Self.kvPrecision),
            memoryUtilization: memoryUtilization ?? 0.9,
            maxTimeToFirstToken: maxTTFT.flatMap(CountParser.parseSeconds),
            minTokensPerSecondPerUser: minTokensPerSecondPerUser)
    }
}
