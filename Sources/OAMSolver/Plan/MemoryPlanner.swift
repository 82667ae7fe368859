import OAMCore

/// Fits a plan's weights, KV cache and activations into a device's usable memory.
public struct MemoryPlanner: Sendable {
    public var profile: ModelProfile
    public var attention: AttentionCost
    /// Tokens each sequence keeps at the end of generation.
    public var contextTokens: Int
    /// The engine's activation token budget and sequence cap.
    public var profileTokens: Int
    public var maxSequences: Int

    public init(profile: ModelProfile, attention: AttentionCost, contextTokens: Int, profileTokens: Int, maxSequences: Int) {
        self.profile = profile
        self.attention = attention
        self.contextTokens = contextTokens
        self.profileTokens = profileTokens
        self.maxSequences = maxSequences
    }

    /// Memory per device for `plan` with `batch` sequences over all replicas, or — when
    /// `batch` is `nil` — with as many sequences per replica as fit (up to the cap).
    public func evaluate(_ plan: ParallelPlan, shares: DeviceShares, usable: Double, batch: Int?) -> ModuleMemory {
        let a = profile.architecture
        let split = StageSplit(layers: a.layers, stages: plan.pipelineParallel)
        let sequenceKV = attention.sequenceBytes(tokens: contextTokens) * shares.kvFraction
        let activations = ActivationWorkspace.bytes(a, plan: plan, tokens: profileTokens, sampledSequences: maxSequences)
        let d = plan.attentionDataParallel
        var worst: (stage: Int, weights: Double, kv: Double, total: Double)? = nil
        // Sequences the fullest stage's KV room holds per replica; `nil` while no stage keeps a cache.
        var maxPerReplica: Int? = nil
        let replicas = max(1, plan.replicas)
        let wanted = batch.map { max(1, $0) / replicas + (max(1, $0) % replicas == 0 ? 0 : 1) }
        var stageWeights: [Double] = []
        var stageKV: [Double] = []
        for stage in 0..<plan.pipelineParallel {
            let weights = shares.stageWeights(stage, split: split, architecture: a)
            let kv = sequenceKV * Double(split.ranges[stage].count) / Double(a.layers)
            stageWeights.append(weights)
            stageKV.append(kv)
            guard kv > 0 else { continue }
            let room = usable - weights - activations
            let perDevice = InputBounds.floor(room / kv, in: 0...InputBounds.sequences.upperBound)
            let perReplica = InputBounds.product(perDevice, d)
            maxPerReplica = min(maxPerReplica ?? perReplica, perReplica)
        }
        let perReplica = wanted ?? min(maxPerReplica ?? maxSequences, maxSequences)
        let perDevice = perReplica / d + (perReplica % d == 0 ? 0 : 1)
        for stage in 0..<plan.pipelineParallel {
            let kv = stageKV[stage] * Double(perDevice)
            let total = stageWeights[stage] + kv + activations
            if worst == nil || total > worst!.total { worst = (stage, stageWeights[stage], kv, total) }
        }
        let w = worst!
        return ModuleMemory(
            weights: w.weights, kvCache: w.kv, activations: activations, usable: usable,
            kvPerSequence: stageKV[w.stage], sequencesPerReplica: perReplica,
            maxSequencesPerReplica: maxPerReplica, stage: w.stage)
    }
}
