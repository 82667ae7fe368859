import OAMCore
import OAMSolver

/// The training workload of a fit question (`oam fit --train`, `train=true`), as written.
/// Every field but `train` is optional so that a serving question can refuse the ones it
/// would otherwise silently ignore; `workload()` fills the defaults.
public struct TrainingQuery: Sendable, Equatable {
    /// Size a training run instead of serving.
    public var train: Bool
    /// Training tokens (`15.6T`, `15.6e12`).
    public var tokens: String?
    /// Target duration in days.
    public var days: Double?
    /// `adamw`, `sgd` or `adafactor`.
    public var optimizer: String?
    /// ZeRO stage 0-3.
    public var zero: Int?
    /// `none`, `selective` or `full`.
    public var recompute: String?
    /// `bf16` or `fp8`.
    public var mixedPrecision: String?
    /// Model FLOPs utilisation to assume, in (0, 1].
    public var mfu: Double?
    /// Tokens per training sequence.
    public var sequenceLength: String?
    /// Sequences per micro-batch per data-parallel rank.
    public var microBatch: Int?

    public init(
        train: Bool = false, tokens: String? = nil, days: Double? = nil, optimizer: String? = nil, zero: Int? = nil,
        recompute: String? = nil, mixedPrecision: String? = nil, mfu: Double? = nil, sequenceLength: String? = nil,
        microBatch: Int? = nil
    ) {
        self.train = train
        self.tokens = tokens
        self.days = days
        self.optimizer = optimizer
        self.zero = zero
        self.recompute = recompute
        self.mixedPrecision = mixedPrecision
        self.mfu = mfu
        self.sequenceLength = sequenceLength
        self.microBatch = microBatch
    }

    /// The training parameters' names: the long option names and the HTTP query names.
    public static let parameterNames = [
        "train", "tokens", "days", "optimizer", "zero", "recompute", "mixed-precision", "mfu", "sequence-length",
        "micro-batch",
    ]

    /// The training parameters given besides `train`, by name (refused without `train`).
    public var given: [String] {
        let present = [
            tokens != nil, days != nil, optimizer != nil, zero != nil, recompute != nil, mixedPrecision != nil, mfu != nil,
            sequenceLength != nil, microBatch != nil,
        ]
        return zip(Self.parameterNames.dropFirst(), present).filter(\.1).map(\.0)
    }

    public func validate() throws(QueryError) {
        if let zero, !(0...3).contains(zero) {
            throw .invalidParameter(parameter: "zero", message: "--zero must be 0, 1, 2 or 3")
        }
        guard train else {
            let given = self.given
            if let first = given.first {
                throw .invalidParameter(
                    parameter: first,
                    message:
                        "\(given.map { "--\($0)" }.joined(separator: ", ")) \(given.count == 1 ? "applies" : "apply") only to training; add --train (e.g. --train --tokens 15.6T)"
                )
            }
            return
        }
        guard let tokens, let count = CountParser.parse(tokens), count > 0 else {
            throw .invalidParameter(parameter: "tokens", message: "--train needs --tokens, e.g. --tokens 15.6T")
        }
        guard count <= TrainingWorkload.maxTokens else {
            throw .invalidParameter(parameter: "tokens", message: "--tokens: \(tokens) is more than the solver handles (1e20)")
        }
        if let optimizer, Optimizer(rawValue: optimizer.lowercased()) == nil {
            throw .invalidParameter(parameter: "optimizer", message: "--optimizer must be adamw, sgd or adafactor")
        }
        if let recompute, ActivationRecompute(rawValue: recompute.lowercased()) == nil {
            throw .invalidParameter(parameter: "recompute", message: "--recompute must be none, selective or full")
        }
        if let mixedPrecision, !["bf16", "fp8"].contains(mixedPrecision.lowercased()) {
            throw .invalidParameter(parameter: "mixed-precision", message: "--mixed-precision must be bf16 or fp8")
        }
        if let mfu, !(mfu.isFinite && mfu > 0 && mfu <= 1) {
            throw .invalidParameter(parameter: "mfu", message: "--mfu must be in (0, 1]")
        }
        if let days, !(days.isFinite && days > 0) {
            throw .invalidParameter(parameter: "days", message: "--days must be positive and finite")
        }
        if let sequenceLength {
            _ = try CountOption.value(sequenceLength, name: "sequence-length", in: InputBounds.sequenceLength, unit: "tokens")
        }
        if let microBatch {
            _ = try CountOption.value(String(microBatch), name: "micro-batch", in: InputBounds.microBatch, unit: "sequences")
        }
    }

    /// The workload with every default filled in; call after `validate()`.
    public func workload() -> TrainingWorkload {
        TrainingWorkload(
            tokens: tokens.flatMap(CountParser.parse) ?? 0, days: days,
            optimizer: optimizer.flatMap { Optimizer(rawValue: $0.lowercased()) } ?? .adamw, zeroStage: zero ?? 1,
            recompute: recompute.flatMap { ActivationRecompute(rawValue: $0.lowercased()) } ?? .selective,
            mixedPrecision: mixedPrecision.flatMap { Precision(rawValue: $0.lowercased()) } ?? .bf16, mfu: mfu,
            sequenceLength: sequenceLength.flatMap(CountParser.parseInt) ?? 4096, microBatch: microBatch ?? 1)
    }
}
