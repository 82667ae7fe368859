import ArgumentParser
import OAMCore
import OAMSolver

/// The training workload of `oam fit --train`. Every option but `--train` is optional so
/// that a serving run can refuse the ones it would otherwise silently ignore.
struct FitTrainingOptions: ParsableArguments {
    @Flag(help: "Size a training run instead of serving.")
    var train = false

    @Option(help: ArgumentHelp("Training tokens (15.6T, 15.6e12).", valueName: "count"))
    var tokens: String?

    @Option(help: ArgumentHelp("Target duration in days; the modules it needs are computed.", valueName: "days"))
    var days: Double?

    @Option(help: "Optimizer: adamw (default), sgd or adafactor.")
    var optimizer: String?

    @Option(
        help: ArgumentHelp(
            "ZeRO stage 0-3 (1, the default, shards optimizer states, 2 also gradients, 3 also weights).", valueName: "stage"))
    var zero: Int?

    @Option(help: "Activation recompute: none, selective (default) or full.")
    var recompute: String?

    @Option(name: .customLong("mixed-precision"), help: "Matrix precision: bf16 (default) or fp8.")
    var mixedPrecision: String?

    @Option(help: ArgumentHelp("Model FLOPs utilisation to assume (default 0.38, Llama 3 405B).", valueName: "0-1"))
    var mfu: Double?

    @Option(
        name: .customLong("sequence-length"),
        help: ArgumentHelp("Tokens per training sequence (default 4096).", valueName: "count"))
    var sequenceLength: String?

    @Option(
        name: .customLong("micro-batch"),
        help: ArgumentHelp("Sequences per micro-batch per data-parallel rank (default 1).", valueName: "count"))
    var microBatch: Int?

    /// The training options given on the command line, as flags (refused without `--train`).
    var given: [String] {
        [
            ("--tokens", tokens != nil), ("--days", days != nil), ("--optimizer", optimizer != nil), ("--zero", zero != nil),
            ("--recompute", recompute != nil), ("--mixed-precision", mixedPrecision != nil), ("--mfu", mfu != nil),
            ("--sequence-length", sequenceLength != nil), ("--micro-batch", microBatch != nil),
        ].filter(\.1).map(\.0)
    }

    func validate() throws {
        if let zero, !(0...3).contains(zero) { throw ValidationError("--zero must be 0, 1, 2 or 3") }
        guard train else {
            let given = self.given
            if !given.isEmpty {
                throw ValidationError(
                    "\(given.joined(separator: ", ")) \(given.count == 1 ? "applies" : "apply") only to training; add --train (e.g. --train --tokens 15.6T)"
                )
            }
            return
        }
        guard let tokens, let count = CountParser.parse(tokens), count > 0 else {
            throw ValidationError("--train needs --tokens, e.g. --tokens 15.6T")
        }
        guard count <= TrainingWorkload.maxTokens else {
            throw ValidationError("--tokens: \(tokens) is more than the solver handles (1e20)")
        }
        if let optimizer, Optimizer(rawValue: optimizer.lowercased()) == nil {
            throw ValidationError("--optimizer must be adamw, sgd or adafactor")
        }
        if let recompute, ActivationRecompute(rawValue: recompute.lowercased()) == nil {
            throw ValidationError("--recompute must be none, selective or full")
        }
        if let mixedPrecision, !["bf16", "fp8"].contains(mixedPrecision.lowercased()) {
            throw ValidationError("--mixed-precision must be bf16 or fp8")
        }
        if let mfu, !(mfu.isFinite && mfu > 0 && mfu <= 1) { throw ValidationError("--mfu must be in (0, 1]") }
        if let days, !(days.isFinite && days > 0) { throw ValidationError("--days must be positive and finite") }
        if let sequenceLength, (CountParser.parseInt(sequenceLength) ?? 0) <= 0 {
            throw ValidationError("--sequence-length must be a positive count")
        }
        if let microBatch, microBatch <= 0 { throw ValidationError("--micro-batch must be positive") }
    }

    func workload() -> TrainingWorkload {
        TrainingWorkload(
            tokens: tokens.flatMap(CountParser.parse) ?? 0, days: days,
            optimizer: optimizer.flatMap { Optimizer(rawValue: $0.lowercased()) } ?? .adamw, zeroStage: zero ?? 1,
            recompute: recompute.flatMap { ActivationRecompute(rawValue: $0.lowercased()) } ?? .selective,
            mixedPrecision: mixedPrecision.flatMap { Precision(rawValue: $0.lowercased()) } ?? .bf16, mfu: mfu,
            sequenceLength: sequenceLength.flatMap(CountParser.parseInt) ?? 4096, microBatch: microBatch ?? 1)
    }
}
