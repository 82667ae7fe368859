import ArgumentParser
import OAMCore
import OAMSolver

/// The training workload of `oam fit --train`.
struct FitTrainingOptions: ParsableArguments {
    @Flag(help: "Size a training run instead of serving.")
    var train = false

    @Option(help: ArgumentHelp("Training tokens (15.6T, 15.6e12).", valueName: "count"))
    var tokens: String?

    @Option(help: ArgumentHelp("Target duration in days; the modules it needs are computed.", valueName: "days"))
    var days: Double?

    @Option(help: "Optimizer: adamw, sgd or adafactor.")
    var optimizer: String = "adamw"

    @Option(help: ArgumentHelp("ZeRO stage 0-3 (1 shards optimizer states, 2 also gradients, 3 also weights).", valueName: "stage"))
    var zero: Int = 1

    @Option(help: "Activation recompute: none, selective or full.")
    var recompute: String = "selective"

    @Option(name: .customLong("mixed-precision"), help: "Matrix precision: bf16 or fp8.")
    var mixedPrecision: String = "bf16"

    @Option(help: ArgumentHelp("Model FLOPs utilisation to assume (default 0.38, Llama 3 405B).", valueName: "0-1"))
    var mfu: Double?

    @Option(name: .customLong("sequence-length"), help: ArgumentHelp("Tokens per training sequence.", valueName: "count"))
    var sequenceLength: String = "4096"

    @Option(name: .customLong("micro-batch"), help: ArgumentHelp("Sequences per micro-batch per data-parallel rank.", valueName: "count"))
    var microBatch: Int = 1

    func validate() throws {
        guard train else { return }
        guard let tokens, let count = CountParser.parse(tokens), count > 0 else { throw ValidationError("--train needs --tokens, e.g. --tokens 15.6T") }
        guard count <= TrainingWorkload.maxTokens else { throw ValidationError("--tokens: \(tokens) is more than the solver handles (1e20)") }
        guard Optimizer(rawValue: optimizer.lowercased()) != nil else { throw ValidationError("--optimizer must be adamw, sgd or adafactor") }
        guard (0...3).contains(zero) else { throw ValidationError("--zero must be 0, 1, 2 or 3") }
        guard ActivationRecompute(rawValue: recompute.lowercased()) != nil else { throw ValidationError("--recompute must be none, selective or full") }
        guard ["bf16", "fp8"].contains(mixedPrecision.lowercased()) else { throw ValidationError("--mixed-precision must be bf16 or fp8") }
        if let mfu, !(mfu > 0 && mfu <= 1) { throw ValidationError("--mfu must be in (0, 1]") }
        if let days, days <= 0 { throw ValidationError("--days must be positive") }
        guard (CountParser.parseInt(sequenceLength) ?? 0) > 0 else { throw ValidationError("--sequence-length must be a positive count") }
        guard microBatch > 0 else { throw ValidationError("--micro-batch must be positive") }
    }

    func workload() -> TrainingWorkload {
        TrainingWorkload(
            tokens: tokens.flatMap(CountParser.parse) ?? 0, days: days,
            optimizer: Optimizer(rawValue: optimizer.lowercased()) ?? .adamw, zeroStage: zero,
            recompute: ActivationRecompute(rawValue: recompute.lowercased()) ?? .selective,
            mixedPrecision: Precision(rawValue: mixedPrecision.lowercased()) ?? .bf16, mfu: mfu,
            sequenceLength: CountParser.parseInt(sequenceLength) ?? 4096, microBatch: microBatch)
    }
}
