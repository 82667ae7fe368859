import OAMCore

/// One supported model class and how its config maps onto `ModelArchitecture`.
enum HFModelFamily: String, CaseIterable, Sendable {
    case llama = "LlamaForCausalLM"
    case qwen2 = "Qwen2ForCausalLM"
    case qwen3 = "Qwen3ForCausalLM"
    case qwen3Moe = "Qwen3MoeForCausalLM"
    case mistral = "MistralForCausalLM"
    case mixtral = "MixtralForCausalLM"
    case deepseekV2 = "DeepseekV2ForCausalLM"
    case deepseekV3 = "DeepseekV3ForCausalLM"
    case gptOss = "GptOssForCausalLM"
    case gemma2 = "Gemma2ForCausalLM"
    case glm4Moe = "Glm4MoeForCausalLM"

    var transformersModelType: String {
        switch self {
        case .llama: return "llama"
        case .qwen2: return "qwen2"
        case .qwen3: return "qwen3"
        case .qwen3Moe: return "qwen3_moe"
        case .mistral: return "mistral"
        case .mixtral: return "mixtral"
        case .deepseekV2: return "deepseek_v2"
        case .deepseekV3: return "deepseek_v3"
        case .gptOss: return "gpt_oss"
        case .gemma2: return "gemma2"
        case .glm4Moe: return "glm4_moe"
        }
    }

    /// Classes whose configuration default for `head_dim` is not hidden/heads: the
    /// field must be written.
    var requiresHeadDim: Bool {
        switch self {
        case .qwen3, .qwen3Moe, .gptOss, .gemma2, .glm4Moe: return true
        default: return false
        }
    }

    func architecture(_ c: HFConfig) throws(HFConfigError) -> ModelArchitecture {
        let hidden = try c.requiredPositive("hidden_size")
        let layers = try c.requiredPositive("num_hidden_layers")
        let vocab = try c.requiredPositive("vocab_size")
        let maxContext = try c.requiredPositive("max_position_embeddings")
        let heads = try c.requiredPositive("num_attention_heads")
        let kvHeads = try c.int("num_key_value_heads") ?? heads
        guard kvHeads > 0, heads % kvHeads == 0 else {
            throw .unsupportedValue(
                "num_key_value_heads", value: String(kvHeads), reason: "it must divide num_attention_heads (\(heads))")
        }
        let tied = try c.bool("tie_word_embeddings") ?? (self == .gemma2)
        let kind: ModelArchitecture.Attention.Kind = kvHeads == heads ? .mha : (kvHeads == 1 ? .mqa : .gqa)

        func headDim() throws(HFConfigError) -> Int {
            if let dim = try c.int("head_dim") {
                guard dim > 0 else {
                    throw .unsupportedValue("head_dim", value: String(dim), reason: "it must be a positive integer")
                }
                return dim
            }
            if requiresHeadDim { throw .missingField("head_dim", architecture: rawValue) }
            guard hidden % heads == 0 else {
                throw .missingField(
                    "head_dim",
                    architecture: "\(rawValue) (hidden_size \(hidden) is not a multiple of num_attention_heads \(heads))")
            }
            return hidden / heads
        }
        func gatedMLP() throws(HFConfigError) -> ModelArchitecture.MLP {
            .init(
                gated: true, intermediateSize: try c.requiredPositive("intermediate_size"), bias: try c.bool("mlp_bias") ?? false)
        }

        switch self {
        case .llama, .mistral, .mixtral, .qwen2, .qwen3, .qwen3Moe:
            let bias = try c.bool("attention_bias") ?? false
            var attention = ModelArchitecture.Attention(kind: kind, heads: heads, kvHeads: kvHeads, headDim: try headDim())
            switch self {
            case .llama, .qwen3, .qwen3Moe:
                // LlamaAttention and Qwen3Attention put `attention_bias` on q, k, v and o.
                attention.qkvBias = bias
                attention.outputBias = bias
            case .qwen2:
                attention.qkvBias = true  // Qwen2Attention: q/k/v biases always, o without.
            default:
                break  // Mistral/Mixtral: no biases.
            }
            attention.qkNorm = self == .qwen3 || self == .qwen3Moe
            try Self.qwenOrMistralSliding(c, layers: layers, family: self, into: &attention)
            var mlp: ModelArchitecture.MLP?
            var moe: ModelArchitecture.MoE?
            switch self {
            case .mixtral:
                moe = .init(
                    experts: try c.requiredPositive("num_local_experts"),
                    expertsPerToken: try c.requiredPositive("num_experts_per_tok"),
                    expertIntermediateSize: try c.requiredPositive("intermediate_size"))
            case .qwen3Moe:
                let dense = try Self.qwenMoEDenseLayers(c, layers: layers)
                moe = .init(
                    experts: try c.requiredPositive("num_experts"),
                    expertsPerToken: try c.requiredPositive("num_experts_per_tok"),
                    expertIntermediateSize: try c.requiredPositive("moe_intermediate_size"), denseLayers: dense)
                if dense > 0 { mlp = try gatedMLP() }
            default:
                mlp = try gatedMLP()
            }
            return ModelArchitecture(
                hfArchitecture: rawValue, layers: layers, hiddenSize: hidden, vocabSize: vocab, tieWordEmbeddings: tied,
                maxContext: maxContext, attention: attention, mlp: mlp, moe: moe)

        case .deepseekV2, .deepseekV3:
            if try c.bool("attention_bias") == true {
                throw .unsupportedValue(
                    "attention_bias", value: "true", reason: "biases on the latent-attention projections are not described")
            }
            let nope = try c.requiredPositive("qk_nope_head_dim")
            let rope = try c.requiredInt("qk_rope_head_dim")
            let mla = ModelArchitecture.MLA(
                qLoraRank: try c.int("q_lora_rank") ?? 0, kvLoraRank: try c.requiredPositive("kv_lora_rank"),
                qkNopeHeadDim: nope, qkRopeHeadDim: rope, vHeadDim: try c.requiredPositive("v_head_dim"))
            let attention = ModelArchitecture.Attention(
                kind: .mla, heads: heads, kvHeads: kvHeads, headDim: nope + rope, mla: mla)
            if let frequency = try c.int("moe_layer_freq"), frequency != 1 {
                throw .unsupportedValue(
                    "moe_layer_freq", value: String(frequency),
                    reason: "only every layer after first_k_dense_replace being MoE (1) is described")
            }
            // DeepSeek-V3's "noaux_tc" routing adds a per-expert score-correction bias.
            let topk = try c.string("topk_method") ?? (self == .deepseekV3 ? "noaux_tc" : "greedy")
            let (moe, mlp) = try Self.deepseekStyleMoE(c, layers: layers, routerBias: topk == "noaux_tc", mlp: gatedMLP)
            return ModelArchitecture(
                hfArchitecture: rawValue, layers: layers, hiddenSize: hidden, vocabSize: vocab, tieWordEmbeddings: tied,
                maxContext: maxContext, attention: attention, mlp: mlp, moe: moe,
                mtpLayers: try c.int("num_nextn_predict_layers") ?? 0)

        case .glm4Moe:
            // Glm4MoeAttention: `attention_bias` on q/k/v only; o_proj has none.
            var attention = ModelArchitecture.Attention(kind: kind, heads: heads, kvHeads: kvHeads, headDim: try headDim())
            attention.qkvBias = try c.bool("attention_bias") ?? false
            attention.qkNorm = try c.bool("use_qk_norm") ?? false
            // The router always carries e_score_correction_bias (DeepSeek-V3 style).
            let (moe, mlp) = try Self.deepseekStyleMoE(c, layers: layers, routerBias: true, mlp: gatedMLP)
            return ModelArchitecture(
                hfArchitecture: rawValue, layers: layers, hiddenSize: hidden, vocabSize: vocab, tieWordEmbeddings: tied,
                maxContext: maxContext, attention: attention, mlp: mlp, moe: moe,
                mtpLayers: try c.int("num_nextn_predict_layers") ?? 0)

        case .gptOss:
            // q/k/v/o biases and per-head sinks; experts and router with biases.
            let bias = try c.bool("attention_bias") ?? true
            var attention = ModelArchitecture.Attention(
                kind: kind, heads: heads, kvHeads: kvHeads, headDim: try headDim(),
                qkvBias: bias, outputBias: bias, sinks: true)
            try Self.layerTypesSliding(c, layers: layers, defaultAlternate: true, into: &attention)
            let experts = try c.requiredPositive("num_local_experts")
            var perToken = try c.int("num_experts_per_tok")
            if perToken == nil { perToken = try c.int("experts_per_token") }
            guard let perToken else { throw .missingField("num_experts_per_tok", architecture: rawValue) }
            let moe = ModelArchitecture.MoE(
                experts: experts, expertsPerToken: perToken, expertIntermediateSize: try c.requiredPositive("intermediate_size"),
                routerBias: true, expertBias: true)
            return ModelArchitecture(
                hfArchitecture: rawValue, layers: layers, hiddenSize: hidden, vocabSize: vocab, tieWordEmbeddings: tied,
                maxContext: maxContext, attention: attention, mlp: nil, moe: moe)

        case .gemma2:
            // Pre- and post-norms around attention and feed-forward: four per layer.
            let bias = try c.bool("attention_bias") ?? false
            var attention = ModelArchitecture.Attention(
                kind: kind, heads: heads, kvHeads: kvHeads, headDim: try headDim(),
                qkvBias: bias, outputBias: bias)
            try Self.layerTypesSliding(c, layers: layers, defaultAlternate: true, into: &attention)
            return ModelArchitecture(
                hfArchitecture: rawValue, layers: layers, hiddenSize: hidden, vocabSize: vocab, tieWordEmbeddings: tied,
                maxContext: maxContext, normsPerLayer: 4, attention: attention, mlp: try gatedMLP())
        }
    }

    /// DeepSeek and GLM MoE: `n_routed_experts`, `n_shared_experts`, and the first
    /// `first_k_dense_replace` layers dense. `null` shared experts means none.
    static func deepseekStyleMoE(
        _ c: HFConfig, layers: Int, routerBias: Bool,
        mlp: () throws(HFConfigError) -> ModelArchitecture.MLP
    ) throws(HFConfigError) -> (ModelArchitecture.MoE, ModelArchitecture.MLP?) {
        let experts = try c.requiredPositive("n_routed_experts")
        guard c.fields["n_shared_experts"] != nil else { throw .missingField("n_shared_experts", architecture: c.architecture) }
        let shared = try c.int("n_shared_experts") ?? 0
        guard c.fields["first_k_dense_replace"] != nil else {
            throw .missingField("first_k_dense_replace", architecture: c.architecture)
        }
        let dense = try c.int("first_k_dense_replace") ?? 0
        guard (0...layers).contains(dense) else {
            throw .unsupportedValue(
                "first_k_dense_replace", value: String(dense), reason: "it must be between 0 and num_hidden_layers (\(layers))")
        }
        let moe = ModelArchitecture.MoE(
            experts: experts, expertsPerToken: try c.requiredPositive("num_experts_per_tok"), sharedExperts: shared,
            expertIntermediateSize: try c.requiredPositive("moe_intermediate_size"), denseLayers: dense, routerBias: routerBias)
        return (moe, dense > 0 ? try mlp() : nil)
    }

    /// Qwen3-MoE: layer `i` is sparse unless listed in `mlp_only_layers` or
    /// `(i + 1) % decoder_sparse_step != 0`. The descriptor describes dense layers as a
    /// leading block, so anything else is refused.
    static func qwenMoEDenseLayers(_ c: HFConfig, layers: Int) throws(HFConfigError) -> Int {
        let step = try c.int("decoder_sparse_step") ?? 1
        guard step >= 1 else {
            throw .unsupportedValue("decoder_sparse_step", value: String(step), reason: "it must be at least 1")
        }
        let mlpOnly = Set(try c.ints("mlp_only_layers") ?? [])
        let dense = (0..<layers).filter { mlpOnly.contains($0) || ($0 + 1) % step != 0 }
        guard dense == Array(0..<dense.count) else {
            let field = mlpOnly.isEmpty ? "decoder_sparse_step" : "mlp_only_layers"
            let value = mlpOnly.isEmpty ? String(step) : "[" + mlpOnly.sorted().map(String.init).joined(separator: ", ") + "]"
            throw .unsupportedValue(
                field, value: value,
                reason:
                    "dense layers \(dense.prefix(6).map(String.init).joined(separator: ", "))\(dense.count > 6 ? "…" : "") are not a leading block, which the descriptor's moe.dense_layers cannot describe"
            )
        }
        return dense.count
    }

    /// Mistral/Mixtral slide every layer when `sliding_window` is set; Qwen2/Qwen3 only
    /// with `use_sliding_window`, and then from layer `max_window_layers` on.
    static func qwenOrMistralSliding(
        _ c: HFConfig, layers: Int, family: HFModelFamily, into attention: inout ModelArchitecture.Attention
    ) throws(HFConfigError) {
        if c.has("layer_types") {
            try layerTypesSliding(c, layers: layers, defaultAlternate: false, into: &attention)
            return
        }
        guard let window = try c.int("sliding_window") else { return }
        switch family {
        case .mistral, .mixtral:
            attention.slidingWindow = window
        case .qwen2, .qwen3, .qwen3Moe:
            guard try c.bool("use_sliding_window") == true else { return }
            let from = try c.int("max_window_layers") ?? 0
            if from >= layers { return }
            guard from == 0 else {
                throw .unsupportedValue(
                    "max_window_layers", value: String(from),
                    reason: "sliding only layers \(from)…\(layers - 1) is neither all layers nor alternate layers")
            }
            attention.slidingWindow = window
        default:
            if try c.bool("use_sliding_window") != false { attention.slidingWindow = window }
        }
    }

    /// `layer_types` (`sliding_attention` / `full_attention` per layer) with
    /// `sliding_window`; without `layer_types`, gpt-oss and Gemma 2 alternate, sliding
    /// from layer 0.
    static func layerTypesSliding(
        _ c: HFConfig, layers: Int, defaultAlternate: Bool, into attention: inout ModelArchitecture.Attention
    ) throws(HFConfigError) {
        let window = try c.int("sliding_window")
        let sliding: [Bool]
        if let types = try c.strings("layer_types") {
            guard types.count == layers else {
                throw .unsupportedValue(
                    "layer_types", value: "\(types.count) entries",
                    reason: "it must have one entry per layer (num_hidden_layers = \(layers))")
            }
            for type in types where type != "sliding_attention" && type != "full_attention" {
                throw .unsupportedValue(
                    "layer_types", value: "\"\(type)\"", reason: "expected sliding_attention or full_attention")
            }
            sliding = types.map { $0 == "sliding_attention" }
        } else if defaultAlternate {
            sliding = (0..<layers).map { $0 % 2 == 0 }
        } else {
            return
        }
        guard sliding.contains(true) else { return }
        guard let window else {
            throw .missingField("sliding_window", architecture: c.architecture + " (layer_types has sliding_attention layers)")
        }
        if sliding.allSatisfy({ $0 }) {
            attention.slidingWindow = window
        } else if sliding == (0..<layers).map({ $0 % 2 == 0 }) {
            attention.slidingWindow = window
            attention.slidingAlternate = true
        } else {
            throw .unsupportedValue(
                "layer_types", value: "a mixed pattern",
                reason: "only all-sliding or alternating layers starting with a sliding one are described")
        }
    }
}
