import OAMCore

/// What one device of a plan holds of each part of the model, in bytes, and of each
/// sequence's KV cache, as a fraction.
public struct DeviceShares: Sendable {
    public var denseLayer: Double
    /// One MoE layer as stored (routed experts whole under EP, sliced under TP).
    public var moeLayer: Double
    /// One MoE layer without its routed experts.
    public var moeLayerShared: Double
    public var embedding: Double
    /// Output head (a copy of a tied embedding when the pipeline has several stages).
    public var lmHead: Double
    public var finalNorm: Double
    /// Share of a sequence's per-layer KV one device keeps.
    public var kvFraction: Double
    /// Routed experts resident per device per MoE layer.
    public var expertsPerDevice: Double

    public init(_ p: ModelProfile, _ plan: ParallelPlan) {
        let a = p.architecture
        let t = Double(plan.tensorParallel)
        let g = Double(plan.group)
        let kvHeads = a.attention.kvHeads
        let kvShare = a.attention.mla != nil ? 1.0 : (plan.tensorParallel <= kvHeads ? 1 / t : 1 / Double(kvHeads))
        func shared(_ r: RoleBytes) -> Double {
            r[.attentionHeads] / t + r[.attentionKV] * kvShare + r[.attentionReplicated] + r[.denseMLP] / g + r[.sharedExperts]
                / g + r[.replicated]
        }
        let experts = a.moe?.experts ?? 0
        expertsPerDevice = plan.expertParallel ? Double((experts + plan.group - 1) / plan.group) : Double(experts) / g
        denseLayer = shared(p.denseLayer)
        moeLayerShared = shared(p.moeLayer)
        moeLayer = moeLayerShared + p.perExpertBytes * expertsPerDevice
        embedding = p.globals[.embedding] / g
        let head = a.tieWordEmbeddings ? (plan.pipelineParallel > 1 ? p.globals[.embedding] : 0) : p.globals[.lmHead]
        lmHead = head / g
        finalNorm = p.globals[.replicated]
        kvFraction = kvShare
    }

    /// Weight bytes per device of pipeline stage `stage`.
    public func stageWeights(_ stage: Int, split: StageSplit, architecture: ModelArchitecture) -> Double {
        let (dense, moe) = split.counts(stage, in: architecture)
        var bytes = Double(dense) * denseLayer + Double(moe) * moeLayer
        if stage == 0 { bytes += embedding }
        if stage == split.ranges.count - 1 { bytes += lmHead + finalNorm }
        return bytes
    }
}
