/// How one deployment spreads a model over devices.
///
/// One model instance spans `group × pipelineParallel` devices: attention is split over
/// `tensorParallel` ranks (and, with DP-attention, copied on `attentionDataParallel`
/// rank groups that each serve their own sequences); feed-forward blocks are split over
/// the whole `group`; routed experts are either sliced (TP) or placed whole (EP) over the
/// group. `replicas` independent instances serve the batch between them.
public struct ParallelPlan: Sendable, Hashable {
    public var tensorParallel: Int
    public var attentionDataParallel: Int
    public var pipelineParallel: Int
    public var replicas: Int
    /// Routed experts placed whole on `group` ranks (all-to-all) instead of sliced.
    public var expertParallel: Bool

    public init(
        tensorParallel: Int, attentionDataParallel: Int = 1, pipelineParallel: Int = 1, replicas: Int = 1,
        expertParallel: Bool = false
    ) {
        self.tensorParallel = tensorParallel
        self.attentionDataParallel = attentionDataParallel
        self.pipelineParallel = pipelineParallel
        self.replicas = replicas
        self.expertParallel = expertParallel
    }

    /// Devices the feed-forward blocks are split over.
    public var group: Int { tensorParallel * attentionDataParallel }
    /// Expert-parallel size (1 when experts are sliced by TP).
    public var expertParallelSize: Int { expertParallel ? group : 1 }
    /// Devices of one model instance.
    public var devicesPerReplica: Int { group * pipelineParallel }
    /// Devices in total.
    public var devices: Int { devicesPerReplica * replicas }
    /// Ranks one copy of the model is split over by tensor and pipeline parallelism.
    public var modelParallelRanks: Int { tensorParallel * pipelineParallel }

    /// True when this plan is `other` with more replicas: the same tensor, DP-attention,
    /// pipeline and expert split.
    public func replicating(_ other: ParallelPlan) -> Bool {
        layerSplit == other.layerSplit && pipelineParallel == other.pipelineParallel && replicas > other.replicas
    }

    /// `TP8`, `TP4 PP2`, `TP8 EP8`, `DP-attention 8 EP8`, `TP2 ×4`.
    public var label: String {
        var parts: [String] = []
        if attentionDataParallel > 1 {
            parts.append(
                tensorParallel > 1 ? "TP\(tensorParallel)×DPattn\(attentionDataParallel)" : "DPattn\(attentionDataParallel)")
        } else {
            parts.append("TP\(tensorParallel)")
        }
        if pipelineParallel > 1 { parts.append("PP\(pipelineParallel)") }
        if expertParallel { parts.append("EP\(group)") }
        var text = parts.joined(separator: " ")
        if replicas > 1 { text += " ×\(replicas)" }
        return text
    }
}
