/// Multiply-accumulates one token costs in the linear layers of one layer kind, split by
/// where they run (attention ranks vs. the whole FFN group) and by the precision the
/// weights are stored in (the quantized part may run at a faster peak).
public struct TokenWork: Sendable, Hashable {
    /// Attention projections on quantized / baseline weights (MACs per token).
    public var attentionQuantized: Double = 0
    public var attentionBaseline: Double = 0
    /// Feed-forward (dense MLP, shared and active routed experts, router).
    public var ffnQuantized: Double = 0
    public var ffnBaseline: Double = 0

    public init() {}

    /// MACs per token of one layer kind; routed experts count `expertsPerToken` of
    /// `experts`.
    public init(_ tensors: [WeightTensor], format: WeightFormat, expertsPerToken: Int, experts: Int) {
        for tensor in tensors where tensor.isMatrix {
            var macs = tensor.averageElements
            if tensor.role == .routedExperts, experts > 0 { macs *= Double(expertsPerToken) / Double(experts) }
            let quantized = tensor.isQuantized(in: format)
            switch tensor.role {
            case .attentionHeads, .attentionKV, .attentionReplicated:
                if quantized { attentionQuantized += macs } else { attentionBaseline += macs }
            case .denseMLP, .sharedExperts, .routedExperts, .replicated:
                if quantized { ffnQuantized += macs } else { ffnBaseline += macs }
            case .embedding, .lmHead:
                break
            }
        }
    }

    public var total: Double { attentionQuantized + attentionBaseline + ffnQuantized + ffnBaseline }
}
