/// Bounds on every architecture field, chosen so that exact parameter arithmetic in `Int`
/// cannot overflow: the largest product, routed experts `3 · hidden · expert_ffn ·
/// experts · layers`, stays below 2^63 at these bounds (2^1.6 · 2^16 · 2^20 · 2^12 · 2^12).
/// Every shipped model is far inside them (widest: 16,384 hidden, 53,248 FFN, 384 experts).
///
/// The schema, the YAML decoder and the HuggingFace importer all use these ranges, so no
/// architecture that reaches the solver can trap on overflow or divide by zero.
public enum ArchitectureLimits {
    public static let layers = 1...4096
    public static let hiddenSize = 1...65_536
    public static let vocabSize = 1...8_388_608
    public static let heads = 1...1024
    public static let headDim = 1...1024
    public static let intermediateSize = 1...1_048_576
    public static let experts = 1...4096
    public static let expertsPerToken = 1...4096
    public static let sharedExperts = 0...64
    public static let loraRank = 0...65_536
    public static let maxContext = 1...100_000_000
    public static let slidingWindow = 1...100_000_000
    public static let normsPerLayer = 0...8
    public static let mtpLayers = 0...16
    /// Every how many layers a full-attention (or MoE) layer comes.
    public static let layerInterval = 1...4096
    public static let convKernel = 1...64
    public static let topK = 1...100_000_000
}

extension ModelArchitecture {
    /// Why this architecture cannot be counted (a field out of `ArchitectureLimits`, or a
    /// shape that does not add up), or `nil` when every count is safe to compute.
    public var shapeProblem: String? {
        func check(_ name: String, _ value: Int, _ range: ClosedRange<Int>) -> String? {
            range.contains(value) ? nil : "\(name) is \(value); it must be between \(range.lowerBound) and \(range.upperBound)"
        }
        var problems: [String?] = [
            check("layers", layers, ArchitectureLimits.layers),
            check("hidden_size", hiddenSize, ArchitectureLimits.hiddenSize),
            check("vocab_size", vocabSize, ArchitectureLimits.vocabSize),
            check("attention.heads", attention.heads, ArchitectureLimits.heads),
            check("attention.kv_heads", attention.kvHeads, ArchitectureLimits.heads),
            check("attention.head_dim", attention.headDim, ArchitectureLimits.headDim),
            check("norms_per_layer", normsPerLayer, ArchitectureLimits.normsPerLayer),
            check("mtp_layers", mtpLayers, ArchitectureLimits.mtpLayers),
        ]
        problems += localLayerProblems
        if let mla = attention.mla {
            problems += [
                check("mla.q_lora_rank", mla.qLoraRank, ArchitectureLimits.loraRank),
                check("mla.kv_lora_rank", mla.kvLoraRank, ArchitectureLimits.loraRank),
                check("mla.qk_nope_head_dim", mla.qkNopeHeadDim, ArchitectureLimits.headDim),
                check("mla.qk_rope_head_dim", mla.qkRopeHeadDim, 0...ArchitectureLimits.headDim.upperBound),
                check("mla.v_head_dim", mla.vHeadDim, ArchitectureLimits.headDim),
            ]
        }
        if let mlp { problems.append(check("mlp.intermediate_size", mlp.intermediateSize, ArchitectureLimits.intermediateSize)) }
        if let moe {
            problems += [
                check("moe.experts", moe.experts, ArchitectureLimits.experts),
                check("moe.experts_per_token", moe.expertsPerToken, 1...max(1, moe.experts)),
                check("moe.shared_experts", moe.sharedExperts, ArchitectureLimits.sharedExperts),
                check("moe.expert_intermediate_size", moe.expertIntermediateSize, ArchitectureLimits.intermediateSize),
                check("moe.dense_layers", moe.denseLayers, 0...max(0, layers)),
                check("moe.interval", moe.interval, ArchitectureLimits.layerInterval),
            ]
        }
        if mlp == nil && denseLayers > 0 { problems.append("\(denseLayers) dense layers but no mlp block") }
        if attention.kvHeads > attention.heads || attention.heads % max(1, attention.kvHeads) != 0 {
            problems.append("attention.heads (\(attention.heads)) is not a multiple of kv_heads (\(attention.kvHeads))")
        }
        return problems.compactMap { $0 }.first
    }
}

extension ModelArchitecture {
    /// Problems of the local (sliding, chunked, linear) layers and the sparse indexer.
    fileprivate var localLayerProblems: [String?] {
        func check(_ name: String, _ value: Int, _ range: ClosedRange<Int>) -> String? {
            range.contains(value) ? nil : "\(name) is \(value); it must be between \(range.lowerBound) and \(range.upperBound)"
        }
        let a = attention
        var problems: [String?] = []
        if let window = a.slidingWindow {
            problems.append(check("attention.sliding_window", window, ArchitectureLimits.slidingWindow))
        }
        if let chunk = a.chunkSize { problems.append(check("attention.chunk_size", chunk, ArchitectureLimits.slidingWindow)) }
        if let interval = a.fullAttentionInterval {
            problems.append(check("attention.full_attention_interval", interval, ArchitectureLimits.layerInterval))
        }
        if let linear = a.linear {
            problems += [
                check("linear_attention.key_heads", linear.keyHeads, ArchitectureLimits.heads),
                check("linear_attention.value_heads", linear.valueHeads, ArchitectureLimits.heads),
                check("linear_attention.key_head_dim", linear.keyHeadDim, ArchitectureLimits.headDim),
                check("linear_attention.value_head_dim", linear.valueHeadDim, ArchitectureLimits.headDim),
                check("linear_attention.conv_kernel", linear.convKernel, ArchitectureLimits.convKernel),
            ]
        }
        if let indexer = a.indexer {
            problems += [
                check("indexer.heads", indexer.heads, ArchitectureLimits.heads),
                check("indexer.head_dim", indexer.headDim, ArchitectureLimits.headDim),
                check("indexer.top_k", indexer.topK, ArchitectureLimits.topK),
            ]
            if a.mla == nil { problems.append("attention.indexer selects positions for latent attention; kind must be mla") }
        }
        let kinds = [a.slidingWindow != nil, a.chunkSize != nil, a.linear != nil].filter { $0 }.count
        if kinds > 1 {
            problems.append("sliding_window, chunk_size and linear_attention each make the local layers of one kind; set one")
        }
        if a.fullAttentionInterval != nil && kinds == 0 {
            problems.append(
                "attention.full_attention_interval needs local layers (sliding_window, chunk_size or linear_attention)")
        }
        return problems
    }
}
