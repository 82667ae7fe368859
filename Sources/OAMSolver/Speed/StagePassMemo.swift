/// The passes one roofline has already timed, per layer, so a plan search that meets the
/// same split again reuses them instead of re-timing every operator.
///
/// Every term of a stage pass (`StagePass`) is a sum over the stage's layers plus, on the
/// last stage, the output head: a stage of `d` dense and `m` MoE layers takes `d` times one
/// dense layer, `m` times one MoE layer and the head (`ServingRoofline.pass`). A layer's pass
/// depends on the plan only through its tensor, DP-attention and expert split, so the
/// pipeline depth and the replica count do not enter it: the prompt passes of TP4 on one
/// stage, on four stages and at the next server size are the same layer passes, and a decode
/// step is shared by every plan of the split that runs the same tokens per micro-batch. A
/// memo belongs to one `ServingRoofline` (its model, chip, precision and factors are not part
/// of the key).
struct StagePassMemo {
    /// The part of a stage one memo entry times.
    enum Part: Hashable {
        case denseLayer
        case moeLayer
        case outputHead
    }

    /// Everything a layer's or the head's pass reads besides its roofline.
    struct Key: Hashable {
        var split: ParallelPlan.LayerSplit
        var part: Part
        var kind: PassKind
        /// Tokens in the pass and the decode context, in tokens.
        var tokens: Double
        var context: Double
    }

    private var passes: [Key: StepTime] = [:]

    init() {}

    /// The pass for `key`, timed by `time` the first time it is asked for.
    mutating func time(_ key: Key, _ time: () -> StepTime) -> StepTime {
        if let known = passes[key] { return known }
        let timed = time()
        passes[key] = timed
        return timed
    }
}
