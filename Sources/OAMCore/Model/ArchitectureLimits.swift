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
        if let window = attention.slidingWindow {
            problems.append(check("attention.sliding_window", window, ArchitectureLimits.slidingWindow))
        }
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
            ]
        }
        if mlp == nil && denseLayers > 0 { problems.append("\(denseLayers) dense layers but no mlp block") }
        if attention.kvHeads > attention.heads || attention.heads % max(1, attention.kvHeads) != 0 {
            problems.append("attention.heads (\(attention.heads)) is not a multiple of kv_heads (\(attention.kvHeads))")
        }
        return problems.compactMap { $0 }.first
    }
}
