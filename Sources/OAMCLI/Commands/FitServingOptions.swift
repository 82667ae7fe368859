import ArgumentParser
import OAMCore
import OAMSolver

/// The serving workload of `oam fit`.
struct FitServingOptions: ParsableArguments {
    @Option(name: .customLong("input-tokens"), help: ArgumentHelp("Prompt tokens per request (2k, 2048).", valueName: "count"))
    var inputTokens: String = "1024"

    @Option(name: .customLong("output-tokens"), help: ArgumentHelp("Generated tokens per request.", valueName: "count"))
    var outputTokens: String = "1024"

    @Option(help: ArgumentHelp("Total tokens per sequence (prompt + output); sets the prompt to context − output.", valueName: "count"))
    var context: String?

    @Option(help: ArgumentHelp("Concurrent sequences, or 'max' for as many as the KV cache holds.", valueName: "count|max"))
    var batch: String = "1"

    @Option(name: .customLong("max-sequences"), help: ArgumentHelp("With --batch max: most sequences one replica runs at once (default 256, vLLM's max_num_seqs).", valueName: "count"))
    var maxSequences: Int?

    @Option(help: ArgumentHelp("Weight format: checkpoint, \(WeightFormat.named.map(\.name).joined(separator: ", ")).", valueName: "format"))
    var weights: String = "checkpoint"

    @Option(help: ArgumentHelp("KV-cache precision: checkpoint, bf16, fp16, fp8, int8.", valueName: "precision"))
    var kv: String = "checkpoint"

    @Option(name: .customLong("memory-utilization"), help: ArgumentHelp("Fraction of module memory the engine may use (vLLM gpu_memory_utilization).", valueName: "0-1"))
    var memoryUtilization: Double = 0.9

    @Option(name: .customLong("max-ttft"), help: ArgumentHelp("Target: longest time to first token (2, 2s, 500ms).", valueName: "time"))
    var maxTTFT: String?

    @Option(name: .customLong("min-tokens-per-second-per-user"), help: ArgumentHelp("Target: slowest generation per user, tokens/s.", valueName: "rate"))
    var minTokensPerSecondPerUser: Double?

    func validate() throws {
        for (flag, value) in [("--input-tokens", inputTokens), ("--output-tokens", outputTokens)] {
            guard let n = CountParser.parseInt(value), n >= 1 else { throw ValidationError("\(flag): '\(value)' is not a token count (e.g. 2048 or 2k)") }
            guard n <= InputBounds.tokens.upperBound else {
                throw ValidationError("\(flag): \(n) tokens is more than the solver handles (\(InputBounds.tokens.upperBound))")
            }
        }
        if let context {
            guard let c = CountParser.parseInt(context), let o = CountParser.parseInt(outputTokens), c > o else {
                throw ValidationError("--context: '\(context)' must be a token count larger than --output-tokens")
            }
        }
        if let maxSequences, maxSequences < 1 { throw ValidationError("--max-sequences must be at least 1") }
        if batch != "max", (CountParser.parseInt(batch) ?? 0) < 1 { throw ValidationError("--batch: '\(batch)' is not a positive count or 'max'") }
        if weights != "checkpoint", WeightFormat.named(weights) == nil {
            let names = WeightFormat.named.map(\.name)
            let hint = Suggestions.didYouMean(weights, in: names).map { "; \($0)" } ?? ""
            throw ValidationError("--weights must be checkpoint or one of \(names.joined(separator: ", "))\(hint)")
        }
        if kv != "checkpoint", Precision(rawValue: kv.lowercased()) == nil { throw ValidationError("--kv must be checkpoint, bf16, fp16, fp8 or int8") }
        guard memoryUtilization > 0, memoryUtilization <= 1 else { throw ValidationError("--memory-utilization must be in (0, 1]") }
        if let maxTTFT, CountParser.parseSeconds(maxTTFT) == nil { throw ValidationError("--max-ttft: '\(maxTTFT)' is not a duration (2, 2s, 500ms)") }
    }

    func workload() -> ServingWorkload {
        let output = CountParser.parseInt(outputTokens) ?? 1024
        let input = context.flatMap(CountParser.parseInt).map { $0 - output } ?? CountParser.parseInt(inputTokens) ?? 1024
        return ServingWorkload(
            inputTokens: input, outputTokens: output, batch: batch == "max" ? 1 : (CountParser.parseInt(batch) ?? 1),
            maximizeBatch: batch == "max", maxBatchPerReplica: maxSequences,
            weights: weights == "checkpoint" ? nil : WeightFormat.named(weights),
            kvPrecision: kv == "checkpoint" ? nil : Precision(rawValue: kv.lowercased()),
            memoryUtilization: memoryUtilization,
            maxTimeToFirstToken: maxTTFT.flatMap(CountParser.parseSeconds),
            minTokensPerSecondPerUser: minTokensPerSecondPerUser)
    }
}
