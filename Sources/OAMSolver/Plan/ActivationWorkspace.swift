import OAMCore

/// The activation memory a serving engine reserves per device: the peak of one forward
/// pass over its token budget (vLLM profiles `max_num_batched_tokens`), plus fp32 logits
/// for the sequences it samples.
///
/// Per token: residual, normed input, attention output and MLP output (4·h), the q/k/v
/// projections of the local heads, and the gate/up intermediate of the local FFN slice
/// (2·width / group), in the activation precision (2 bytes).
public enum ActivationWorkspace {
    public static func bytes(
        _ a: ModelArchitecture, plan: ParallelPlan, tokens: Int, sampledSequences: Int, activationBytes: Double = 2
    ) -> Double {
        let h = Double(a.hiddenSize)
        let t = Double(plan.tensorParallel)
        let g = Double(plan.group)
        let at = a.attention
        let attentionWidth: Double
        if let mla = at.mla {
            attentionWidth =
                Double(at.heads * (mla.qkNopeHeadDim + mla.qkRopeHeadDim + mla.qkNopeHeadDim + mla.vHeadDim)) / t
                + Double(mla.kvLoraRank + mla.qkRopeHeadDim)
        } else {
            attentionWidth = Double((at.heads + 2 * at.kvHeads) * at.headDim) / t
        }
        var ffnWidth = 0.0
        if let mlp = a.mlp, a.denseLayers > 0 { ffnWidth = Double((mlp.gated ? 2 : 1) * mlp.intermediateSize) }
        if let moe = a.moe {
            ffnWidth = max(ffnWidth, 2 * Double(moe.expertIntermediateSize * (moe.expertsPerToken + moe.sharedExperts)))
        }
        let perToken = (4 * h + attentionWidth + ffnWidth / g) * activationBytes
        let logits = Double(min(tokens, sampledSequences)) * Double(a.vocabSize) / g * 4
        return Double(tokens) * perToken + logits
    }
}
