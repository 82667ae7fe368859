import OAMCore
import OAMSolver

/// `oam fit --format json`: SI units (bytes, seconds, tokens/s, W, kWh), one result per chip.
public enum FitJSON {
    public static func render(_ report: FitReport) -> String {
        document(report).serialized(pretty: true)
    }

    public static func document(_ report: FitReport) -> JSONValue {
        let m = report.model
        let model: JSONValue = .object([
            ("id", .string(m.id)),
            ("name", .string(m.name)),
            ("parameters", .integer(m.parameters)),
            ("active_parameters", .integer(m.activeParameters)),
            ("weights_bytes", .number(m.weightsBytes.rounded())),
            ("weight_format", .string(m.weightFormat.name)),
            ("kv_cache_bytes_per_token", .number(m.kvCacheBytesPerToken)),
            ("kv_cache_precision", .string(m.kvPrecision.rawValue)),
            ("attention", .string(m.attentionKind)),
            ("format_note", .string(m.formatNote)),
        ])
        return .object([
            ("model", model),
            ("workload", workload(report.workload, objective: report.objective)),
            ("results", .array(report.results.map { result($0, workload: report.workload) })),
            (
                "defaults",
                .array(
                    report.defaults.all.map { d in
                        .object([
                            ("name", .string(d.name)), ("value", .number(d.value)), ("source", .string(d.source)),
                            ("note", .string(d.note)),
                        ])
                    })
            ),
            (
                "serving_curves",
                .array(
                    [report.defaults.gemmSizeEfficiency, report.defaults.memorySizeEfficiency].map { c in
                        .object([
                            ("name", .string(c.name)), ("unit", .number(c.unit)),
                            (
                                "steps",
                                .array(
                                    c.steps.map {
                                        .object([
                                            ("at_least", .number($0.threshold * c.unit)), ("efficiency", .number($0.efficiency)),
                                        ])
                                    })
                            ),
                            ("source", .string(c.source)), ("note", .string(c.note)),
                        ])
                    })
            ),
        ])
    }

    static func workload(_ workload: Workload, objective: PlanObjective) -> JSONValue {
        switch workload {
        case .serving(let w):
            return .object([
                ("kind", .string("serving")),
                ("input_tokens", .integer(w.inputTokens)),
                ("output_tokens", .integer(w.outputTokens)),
                ("batch", w.maximizeBatch ? .string("max") : .integer(w.batch)),
                ("weights", .string(w.weights?.name ?? "checkpoint")),
                ("kv_cache_precision", .string(w.kvPrecision?.rawValue ?? "checkpoint")),
                ("memory_utilization", .number(w.memoryUtilization)),
                ("max_time_to_first_token_seconds", .number(w.maxTimeToFirstToken)),
                ("min_tokens_per_second_per_user", .number(w.minTokensPerSecondPerUser)),
                ("max_time_per_output_token_seconds", .number(w.latencyTargets.timePerOutputToken)),
                ("objective", .string(objective.rawValue)),
            ])
        case .training(let w):
            return .object([
                ("kind", .string("training")),
                ("tokens", .number(w.tokens)),
                ("days", .number(w.days)),
                ("optimizer", .string(w.optimizer.rawValue)),
                ("zero_stage", .integer(w.zeroStage)),
                ("activation_recompute", .string(w.recompute.rawValue)),
                ("mixed_precision", .string(w.mixedPrecision.rawValue)),
                ("mfu", .number(w.mfu)),
                ("sequence_length", .integer(w.sequenceLength)),
                ("micro_batch", .integer(w.microBatch)),
            ])
        }
    }

    static func result(_ v: ChipVerdict, workload: Workload) -> JSONValue {
        let dies = Double(v.devicesPerModule)
        let plan = v.best?.plan ?? v.training?.plan
        let memory = v.best?.memory
        let speed = v.best?.speed
        var members: [(String, JSONValue)] = [
            ("chip", .string(v.chip)),
            ("name", .string(v.chipName)),
            ("fits", .bool(v.fits)),
            ("modules", v.modules.map(JSONValue.integer) ?? .null),
            ("devices_per_module", .integer(v.devicesPerModule)),
            ("plan", .string(plan?.label)),
            ("tensor_parallel", plan.map { .integer($0.tensorParallel) } ?? .null),
            ("pipeline_parallel", plan.map { .integer($0.pipelineParallel) } ?? .null),
            ("expert_parallel", plan.map { .integer($0.expertParallelSize) } ?? .null),
            ("data_parallel", plan.map { .integer($0.replicas) } ?? .null),
            ("attention_data_parallel", plan.map { .integer($0.attentionDataParallel) } ?? .null),
            ("weight_format", .string(v.precision.format.name)),
            ("compute_precision", .string(v.precision.quantizedCompute.rawValue)),
            ("kv_cache_precision", .string(v.precision.kv.rawValue)),
            ("weights_bytes_per_module", .number(memory.map { ($0.weights * dies).rounded() })),
            ("kv_cache_bytes_per_module", .number(memory.map { ($0.kvCache * dies).rounded() })),
            ("activation_bytes_per_module", .number(memory.map { ($0.activations * dies).rounded() })),
            ("usable_bytes_per_module", .number(memory.map { ($0.usable * dies).rounded() })),
            ("sequences_per_replica", memory.map { .integer($0.sequencesPerReplica) } ?? .null),
            (
                "max_sequences_per_replica",
                memory?.maxSequencesPerReplica.map { .integer($0) } ?? .null
            ),
            ("prefill_tokens_per_second", .number(speed?.prefillTokensPerSecond)),
            ("decode_tokens_per_second", .number(speed?.decodeTokensPerSecond)),
            ("output_tokens_per_second", .number(speed?.outputTokensPerSecond)),
            ("tokens_per_second_per_user", .number(speed?.tokensPerSecondPerUser)),
            ("time_to_first_token_seconds", .number(speed?.timeToFirstToken)),
            ("time_per_output_token_seconds", .number(speed?.timePerOutputToken)),
            ("model_compute_efficiency", .number(speed?.modelComputeEfficiency)),
            ("bottleneck", .string(speed?.bottleneck.rawValue)),
            ("decode_step_seconds", speed.map { step($0.decodeStep) } ?? .null),
            ("prefill_pass_seconds", speed.map { step($0.prefillStep) } ?? .null),
            ("latency_bound", speed?.load.map(load) ?? .null),
            ("power_watts", .number(v.power)),
        ]
        if let t = v.training {
            members += [
                ("days", .number(t.days)),
                ("module_hours", .number(t.moduleHours)),
                ("energy_kwh", .number(t.energyKWh.isFinite ? t.energyKWh : nil)),
                ("training_flops", .number(t.totalFLOPs)),
                ("mfu", .number(t.mfu)),
                ("weights_bytes_per_module", .number((t.weights * dies).rounded())),
                ("gradient_bytes_per_module", .number((t.gradients * dies).rounded())),
                ("optimizer_bytes_per_module", .number((t.optimizer * dies).rounded())),
                ("activation_bytes_per_module", .number((t.activations * dies).rounded())),
                ("usable_bytes_per_module", .number((t.usable * dies).rounded())),
            ]
        } else if case .training = workload {
            members += [("days", .null), ("module_hours", .null), ("energy_kwh", .null)]
        }
        members += [
            ("reasons", .array(v.reasons.map { .string($0.text) })),
            ("evidence_tier", .string(v.evidenceTier?.rawValue)),
            ("stated_evidence_tier", .string(v.statedTier?.rawValue)),
            ("assumptions", .array(v.assumptions.map(JSONValue.string))),
            ("assumed_figures", .array(v.assumedFigures.map(assumedFigure))),
            ("unknown_figures", .array(v.unknownFigures.map(JSONValue.string))),
            ("alternatives", .array(v.alternatives.map(alternative))),
        ]
        if case .serving = workload { members.append(("front", .array(v.front.map { frontEntry($0, chosen: v.modules) }))) }
        if !v.explanation.isEmpty {
            members.append(
                (
                    "explanation",
                    .array(
                        v.explanation.map {
                            .object([("step", .string($0.title)), ("lines", .array($0.lines.map(JSONValue.string)))])
                        })
                ))
        }
        return .object(dedupe(members))
    }

    /// One step's terms in seconds (slowest pipeline stage): the component sums and the
    /// combined total.
    static func step(_ s: StepTime) -> JSONValue {
        .object([
            ("weights", .number(s.weightReads)), ("activations", .number(s.activationTraffic)),
            ("linear_compute", .number(s.linearCompute)),
            ("kv_cache", .number(s.kvReads)), ("attention_compute", .number(s.attentionCompute)),
            ("non_gemm", .number(s.nonGEMM)), ("communication", .number(s.communication)), ("total", .number(s.total)),
        ])
    }

    /// The latency-bounded operating point (`--scenario`, `--max-ttft`, `--max-tpot`).
    static func load(_ p: LoadPoint) -> JSONValue {
        .object([
            ("concurrency_per_replica", .integer(p.concurrency)),
            ("requests_per_second", .number(p.requestsPerSecond)),
            ("utilisation", .number(p.utilisation)),
            ("p99_time_to_first_token_seconds", .number(p.timeToFirstToken)),
            ("time_per_output_token_seconds", .number(p.timePerOutputToken)),
            ("binds", .string(p.binding.rawValue)),
        ])
    }

    /// One entry of a chip's Pareto front over server sizes; `chosen` marks the verdict's.
    static func frontEntry(_ e: FrontEntry, chosen: Int?) -> JSONValue {
        let plan = e.best.plan
        return .object([
            ("modules", .integer(e.modules)),
            ("chosen", .bool(e.modules == chosen)),
            ("plan", .string(plan.label)),
            ("tensor_parallel", .integer(plan.tensorParallel)),
            ("pipeline_parallel", .integer(plan.pipelineParallel)),
            ("expert_parallel", .integer(plan.expertParallelSize)),
            ("data_parallel", .integer(plan.replicas)),
            ("attention_data_parallel", .integer(plan.attentionDataParallel)),
            ("output_tokens_per_second", .number(e.outputTokensPerSecond)),
            ("output_tokens_per_second_per_module", .number(e.throughputPerModule)),
            ("time_to_first_token_seconds", .number(e.timeToFirstToken)),
            ("time_per_output_token_seconds", .number(e.timePerOutputToken)),
        ])
    }

    /// What one `--assume` did on the module: the figure, its value per module in SI base
    /// units (null when not used), how a ratio was worked out, whether the verdict rests on
    /// it, and why it was not used.
    static func assumedFigure(_ a: AssumedFigure) -> JSONValue {
        var basis: String?
        var why: String?
        switch a.outcome {
        case .filled(_, let b): basis = b
        case .notUsed(let w): why = w
        }
        return .object([
            ("assume", .string(a.assumption.text)),
            ("figure", .string(a.assumption.figure.path)),
            ("value", .number(a.perModule)),
            ("unit", .string(a.assumption.figure.dimension.baseSymbol)),
            ("basis", .string(basis)),
            ("filled", .bool(a.perModule != nil)),
            ("used", .bool(a.used)),
            ("not_used_because", .string(why)),
        ])
    }

    static func alternative(_ e: PlanEvaluation) -> JSONValue {
        .object([
            ("plan", .string(e.plan.label)),
            ("tensor_parallel", .integer(e.plan.tensorParallel)),
            ("pipeline_parallel", .integer(e.plan.pipelineParallel)),
            ("expert_parallel", .integer(e.plan.expertParallelSize)),
            ("data_parallel", .integer(e.plan.replicas)),
            ("output_tokens_per_second", .number(e.speed?.outputTokensPerSecond)),
            ("time_per_output_token_seconds", .number(e.speed?.timePerOutputToken)),
            ("time_to_first_token_seconds", .number(e.speed?.timeToFirstToken)),
        ])
    }

    /// Keeps the last value of a repeated key, at the first key's position.
    private static func dedupe(_ members: [(String, JSONValue)]) -> [(String, JSONValue)] {
        var out: [(String, JSONValue)] = []
        for (key, value) in members {
            if let index = out.firstIndex(where: { $0.0 == key }) { out[index].1 = value } else { out.append((key, value)) }
        }
        return out
    }
}
