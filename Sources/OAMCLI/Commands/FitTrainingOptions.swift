import ArgumentParser
import OAMQuery

/// The training options of `oam fit --train`; `TrainingQuery` validates them and fills the
/// defaults.
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

    /// The options as the query `oam fit` and `GET /api/v1/fit` share.
    var query: TrainingQuery {
        TrainingQuery(
            train: train, tokens: tokens, days: days, optimizer: optimizer, zero: zero, recompute: recompute,
            mixedPrecision: mixedPrecision, mfu: mfu, sequenceLength: sequenceLength, microBatch: microBatch)
    }
}
