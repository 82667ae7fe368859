extension ParallelPlan {
    /// How one layer is split: the tensor, DP-attention and expert split, which the pipeline
    /// depth and the replica count leave unchanged. A layer's pass depends on the plan only
    /// through it, so the plan search keys what it learns about a layer by it
    /// (`StagePassMemo`, `LatencyFeasibility`).
    struct LayerSplit: Hashable {
        var tensorParallel: Int
        var attentionDataParallel: Int
        var expertParallel: Bool
    }

    var layerSplit: LayerSplit {
        LayerSplit(tensorParallel: tensorParallel, attentionDataParallel: attentionDataParallel, expertParallel: expertParallel)
    }

    /// The one-stage, one-replica plan of `split`.
    init(_ split: LayerSplit) {
        self.init(
            tensorParallel: split.tensorParallel, attentionDataParallel: split.attentionDataParallel,
            expertParallel: split.expertParallel)
    }
}
