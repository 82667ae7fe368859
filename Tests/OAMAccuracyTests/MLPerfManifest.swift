import OAMSolver

/// `Accuracy/mlperf-closed.tsv`: every MLPerf Inference closed-division result of the stored
/// result repositories for the benchmarks in `mlperf-benchmarks.tsv`, each either included
/// (predicted) or excluded with a reason code and sentence. The rule leaves no room for
/// choosing: a row is excluded only for a reason listed in `Exclusion`.
struct MLPerfManifest {
    /// Why a published result is not predicted.
    enum Exclusion: String, CaseIterable {
        case invalidResult = "invalid-result"
        case notTokensPerSecond = "not-tokens-per-second"
        case acceleratorNotStated = "accelerator-not-stated"
        case virtualized
        case heterogeneous
        case moduleNotInRegistry = "module-not-in-registry"
        case promptLengthUnknown = "prompt-length-unknown"
        case outputLengthUnknown = "output-length-unknown"
        case noTokenRate = "no-token-rate"
        /// The submission runs its modules under a stated power cap (MLPerf's MaxQ), so they
        /// are not the module at the rated power that the registry describes.
        case powerCapped = "power-capped"
    }

    struct Excluded {
        let label: String
        let reason: Exclusion
        let sentence: String
        let source: String
    }

    let included: [PublishedResult]
    let excluded: [Excluded]

    /// Offline runs as many sequences as the KV cache holds, up to this many per replica
    /// (the engine's own cap in the submissions is of this order; one value for every result).
    static let offlineSequenceCap = 1024

    init() throws {
        let benchmarks = try MLPerfBenchmark.all()
        var included: [PublishedResult] = []
        var excluded: [Excluded] = []
        for row in try TSVTable(named: "mlperf-closed.tsv").rows {
            let label = [
                try row.value("round"), try row.value("submitter"), try row.value("system"), try row.value("benchmark"),
                try row.value("scenario"),
            ].joined(separator: " ")
            let source = try row.value("source")
            switch try row.value("status") {
            case "excluded":
                let code = try row.value("exclusion")
                guard let reason = Exclusion(rawValue: code) else {
                    throw ManifestError(file: row.file, line: row.line, message: "unknown exclusion '\(code)'")
                }
                excluded.append(Excluded(label: label, reason: reason, sentence: try row.value("reason"), source: source))
            case "included":
                included.append(try Self.result(row, label: label, source: source, benchmarks: benchmarks))
            case let other:
                throw ManifestError(file: row.file, line: row.line, message: "status '\(other)' is neither included nor excluded")
            }
        }
        self.included = included
        self.excluded = excluded
    }

    private static func result(
        _ row: TSVTable.Row, label: String, source: String, benchmarks: [String: MLPerfBenchmark]
    ) throws -> PublishedResult {
        let name = try row.value("benchmark")
        guard let benchmark = benchmarks[name], let input = benchmark.meanInputTokens else {
            throw ManifestError(
                file: row.file, line: row.line, message: "benchmark '\(name)' has no prompt length to predict with")
        }
        guard let scenario = MLPerfScenario(rawValue: try row.value("scenario")) else {
            throw ManifestError(file: row.file, line: row.line, message: "unknown scenario '\(try row.value("scenario"))'")
        }
        let weightsName = try row.value("weights")
        guard let weights = WeightFormat.named(weightsName) else {
            throw ManifestError(file: row.file, line: row.line, message: "unknown weight format '\(weightsName)'")
        }
        var workload = ServingWorkload(
            inputTokens: input, outputTokens: Int((try row.number("output_tokens_per_sample")).rounded()), maximizeBatch: true,
            maxBatchPerReplica: offlineSequenceCap, weights: weights, kvPrecision: .fp8)
        if let limits = benchmark.limits(for: scenario) {
            workload.maxTimeToFirstToken = limits.ttft
            workload.minTokensPerSecondPerUser = 1 / limits.tpot
        }
        let stack = try row.value("stack")
        return PublishedResult(
            kind: .mlperfClosed, label: label, module: try row.value("module"), modules: try row.integer("modules"),
            model: benchmark.model, stack: stack.isEmpty ? nil : stack, workload: workload,
            published: try row.number("published_tokens_per_second"), source: source)
    }
}
