import OAMCore
import OAMSolver

/// The serving workload of a fit question, as the user wrote it (`oam fit` options or the
/// query of `GET /api/v1/fit`). Every field is optional so that a training question can
/// refuse the ones it would otherwise silently ignore; `workload()` fills the defaults.
public struct ServingQuery: Sendable, Equatable {
    /// Prompt tokens per request (`2k`, `2048`).
    public var inputTokens: String?
    /// Generated tokens per request.
    public var outputTokens: String?
    /// Total tokens per sequence (prompt + output).
    public var context: String?
    /// Concurrent sequences, or `max`.
    public var batch: String?
    /// With `batch=max`: most sequences one replica runs at once.
    public var maxSequences: Int?
    /// Weight format name, or `checkpoint`.
    public var weights: String?
    /// KV-cache precision, or `checkpoint`.
    public var kv: String?
    /// Fraction of module memory the engine may use, in (0, 1].
    public var memoryUtilization: Double?
    /// Longest time to first token (`2`, `2s`, `500ms`).
    public var maxTTFT: String?
    /// Slowest generation per user, tokens/s.
    public var minTokensPerSecondPerUser: Double?
    /// Longest time per output token (`40ms`, `0.2`); the same limit as
    /// `minTokensPerSecondPerUser` = 1 / it, so giving both is an error.
    public var maxTPOT: String?
    /// `offline`, `server` or `interactive`: MLPerf's latency limits for the model as a preset.
    public var scenario: String?
    /// `min-modules` (default), `throughput-per-module` or `latency`: which entry of each
    /// chip's Pareto front over server sizes is its answer.
    public var objective: String?

    public init(
        inputTokens: String? = nil, outputTokens: String? = nil, context: String? = nil, batch: String? = nil,
        maxSequences: Int? = nil, weights: String? = nil, kv: String? = nil, memoryUtilization: Double? = nil,
        maxTTFT: String? = nil, minTokensPerSecondPerUser: Double? = nil, maxTPOT: String? = nil, scenario: String? = nil,
        objective: String? = nil
    ) {
        self.objective = objective
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.context = context
        self.batch = batch
        self.maxSequences = maxSequences
        self.weights = weights
        self.kv = kv
        self.memoryUtilization = memoryUtilization
        self.maxTTFT = maxTTFT
        self.minTokensPerSecondPerUser = minTokensPerSecondPerUser
        self.maxTPOT = maxTPOT
        self.scenario = scenario
    }

    /// The KV-cache precisions `kv` accepts besides `checkpoint`.
    public static let kvPrecisions: [Precision] = [.bf16, .fp16, .fp8, .int8]

    /// The serving parameters' names: the long option names and the HTTP query names.
    public static let parameterNames = [
        "input-tokens", "output-tokens", "context", "batch", "max-sequences", "weights", "kv", "memory-utilization",
        "max-ttft", "min-tokens-per-second-per-user", "max-tpot", "scenario", "objective",
    ]

    /// The serving parameters given, by name (for a training question's refusal).
    public var given: [String] {
        let present = [
            inputTokens != nil, outputTokens != nil, context != nil, batch != nil, maxSequences != nil, weights != nil,
            kv != nil, memoryUtilization != nil, maxTTFT != nil, minTokensPerSecondPerUser != nil, maxTPOT != nil,
            scenario != nil, objective != nil,
        ]
        return zip(Self.parameterNames, present).filter(\.1).map(\.0)
    }

    private var outputText: String { outputTokens ?? "1024" }

    public func validate() throws(QueryError) {
        for (name, value) in [("input-tokens", inputTokens), ("output-tokens", outputTokens)] {
            guard let value else { continue }
            guard let n = CountParser.parseInt(value), n >= 1 else {
                throw .invalidParameter(parameter: name, message: "--\(name): '\(value)' is not a token count (e.g. 2048 or 2k)")
            }
            guard n <= InputBounds.tokens.upperBound else {
                throw .invalidParameter(
                    parameter: name,
                    message: "--\(name): \(n) tokens is more than the solver handles (\(InputBounds.tokens.upperBound))")
            }
        }
        if let context {
            guard let c = CountParser.parseInt(context), let o = CountParser.parseInt(outputText), c > o else {
                throw .invalidParameter(
                    parameter: "context", message: "--context: '\(context)' must be a token count larger than --output-tokens")
            }
            guard c <= InputBounds.tokens.upperBound else {
                throw .invalidParameter(
                    parameter: "context",
                    message: "--context: \(c) tokens is more than the solver handles (\(InputBounds.tokens.upperBound))")
            }
        }
        if let maxSequences {
            _ = try CountOption.value(String(maxSequences), name: "max-sequences", in: InputBounds.sequences, unit: "sequences")
        }
        if let batch, batch != "max" {
            _ = try CountOption.value(batch, name: "batch", in: InputBounds.sequences, unit: "sequences", or: "max")
        }
        if let weights, weights != "checkpoint", WeightFormat.named(weights) == nil {
            let names = WeightFormat.named.map(\.name)
            let hint = Suggestions.didYouMean(weights, in: names).map { "; \($0)" } ?? ""
            throw .invalidParameter(
                parameter: "weights", message: "--weights must be checkpoint or one of \(names.joined(separator: ", "))\(hint)")
        }
        if let kv, kv.lowercased() != "checkpoint", Self.kvPrecision(kv) == nil {
            throw .invalidParameter(parameter: "kv", message: "--kv must be checkpoint, bf16, fp16, fp8 or int8")
        }
        if let memoryUtilization, !(memoryUtilization.isFinite && memoryUtilization > 0 && memoryUtilization <= 1) {
            throw .invalidParameter(parameter: "memory-utilization", message: "--memory-utilization must be in (0, 1]")
        }
        if let maxTTFT {
            guard let seconds = CountParser.parseSeconds(maxTTFT), seconds.isFinite, seconds > 0 else {
                throw .invalidParameter(
                    parameter: "max-ttft", message: "--max-ttft: '\(maxTTFT)' is not a positive duration (2, 2s, 500ms)")
            }
        }
        if let minTokensPerSecondPerUser, !(minTokensPerSecondPerUser.isFinite && minTokensPerSecondPerUser > 0) {
            throw .invalidParameter(
                parameter: "min-tokens-per-second-per-user",
                message: "--min-tokens-per-second-per-user must be a positive, finite rate")
        }
        if let maxTPOT {
            guard let seconds = CountParser.parseSeconds(maxTPOT), seconds.isFinite, seconds > 0 else {
                throw .invalidParameter(
                    parameter: "max-tpot", message: "--max-tpot: '\(maxTPOT)' is not a positive duration (40ms, 0.2s)")
            }
            if minTokensPerSecondPerUser != nil {
                throw .invalidParameter(
                    parameter: "max-tpot",
                    message:
                        "--max-tpot and --min-tokens-per-second-per-user set the same limit (one is 1 / the other): give one")
            }
        }
        if let scenario, ServingScenario(rawValue: scenario.lowercased()) == nil {
            throw .invalidParameter(
                parameter: "scenario",
                message: "--scenario must be \(ServingScenario.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let objective, PlanObjective(rawValue: objective.lowercased()) == nil {
            throw .invalidParameter(
                parameter: "objective",
                message: "--objective must be \(PlanObjective.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    /// The objective asked for (`min-modules` when none); call after `validate()`.
    public var planObjective: PlanObjective { objective.flatMap { PlanObjective(rawValue: $0.lowercased()) } ?? .minModules }

    public static func kvPrecision(_ text: String) -> Precision? {
        Precision(rawValue: text.lowercased()).flatMap { kvPrecisions.contains($0) ? $0 : nil }
    }

    /// The scenario asked for, if any; call after `validate()`.
    public var servingScenario: ServingScenario? { scenario.flatMap { ServingScenario(rawValue: $0.lowercased()) } }

    /// The latency limits in force for `model`: the scenario's preset (MLPerf's limits for the
    /// benchmark model, Llama-2-70B's otherwise), each overridden by an explicit option.
    public func latencyTargets(model: String) -> LatencyTargets {
        let preset = servingScenario.flatMap { MLPerfLatencyLimits.targets(for: $0, model: model)?.targets }
        let tpot = maxTPOT.flatMap(CountParser.parseSeconds) ?? minTokensPerSecondPerUser.map { 1 / $0 }
        return LatencyTargets(
            timeToFirstToken: maxTTFT.flatMap(CountParser.parseSeconds) ?? preset?.timeToFirstToken,
            timePerOutputToken: tpot ?? preset?.timePerOutputToken)
    }

    /// The workload with every default filled in for `model` (its scenario limits); call
    /// after `validate()`. A scenario runs as many sequences as fit unless `batch` bounds them.
    public func workload(model: String = "") -> ServingWorkload {
        let output = CountParser.parseInt(outputText) ?? 1024
        let input = context.flatMap(CountParser.parseInt).map { $0 - output } ?? inputTokens.flatMap(CountParser.parseInt) ?? 1024
        let batch = self.batch ?? (servingScenario == nil ? "1" : "max")
        let targets = latencyTargets(model: model)
        let weights = self.weights ?? "checkpoint"
        return ServingWorkload(
            inputTokens: input, outputTokens: output, batch: batch == "max" ? 1 : (CountParser.parseInt(batch) ?? 1),
            maximizeBatch: batch == "max", maxBatchPerReplica: maxSequences,
            weights: weights == "checkpoint" ? nil : WeightFormat.named(weights),
            kvPrecision: kv.flatMap(Self.kvPrecision),
            memoryUtilization: memoryUtilization ?? 0.9,
            maxTimeToFirstToken: targets.timeToFirstToken,
            minTokensPerSecondPerUser: targets.timePerOutputToken.map { 1 / $0 })
    }
}
