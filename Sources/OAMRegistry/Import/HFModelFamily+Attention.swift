import OAMCore

/// The attention block of each class: biases, q/k norms, gates and sinks the config
/// leaves implicit, the latent ranks of MLA, and which layers are local.
extension HFModelFamily {
    func attention(_ c: HFConfig, _ base: HFBaseShape) throws(HFConfigError) -> ModelArchitecture.Attention {
        switch self {
        case .llama, .mistral, .mixtral, .qwen2, .qwen3, .qwen3Moe:
            return try llamaStyleAttention(c, base)
        case .deepseekV2, .deepseekV3, .deepseekV32, .glmMoeDsa:
            return try latentAttention(c, base)
        case .glm4Moe:
            // Glm4MoeAttention: `attention_bias` on q/k/v only; o_proj has none.
            var attention = try base.gqa(c)
            attention.qkvBias = try c.bool("attention_bias") ?? false
            attention.qkNorm = try c.bool("use_qk_norm") ?? false
            return attention
        case .gptOss:
            // q/k/v/o biases and per-head sinks.
            let bias = try c.bool("attention_bias") ?? true
            var attention = try base.gqa(c)
            (attention.qkvBias, attention.outputBias, attention.sinks) = (bias, bias, true)
            try Self.localLayers(c, layers: base.layers, kind: .sliding, defaultInterval: 2, into: &attention)
            return attention
        case .gemma2, .gemma3, .gemma3Text:
            let bias = try c.bool("attention_bias") ?? false
            var attention = try base.gqa(c)
            (attention.qkvBias, attention.outputBias) = (bias, bias)
            // Gemma3Attention adds per-head q/k RMSNorms; Gemma 2 has none. Gemma 2
            // alternates (every other layer local), Gemma 3 has 5 local : 1 global.
            attention.qkNorm = self != .gemma2
            let interval = self == .gemma2 ? 2 : try c.int("sliding_window_pattern") ?? 6
            try Self.localLayers(c, layers: base.layers, kind: .sliding, defaultInterval: interval, into: &attention)
            return attention
        case .llama4:
            return try llama4Attention(c, base)
        case .qwen3Next, .qwen35Moe:
            // Qwen3NextAttention (and Qwen3.5's, unless `attn_output_gate` is false): gated
            // (q_proj yields the output gate too), per-head q/k norms; three Gated DeltaNet
            // layers to every full-attention layer by default.
            var attention = try base.gqa(c)
            let bias = try c.bool("attention_bias") ?? false
            let gate = try c.bool("attn_output_gate") ?? true
            (attention.qkvBias, attention.outputBias, attention.qkNorm, attention.outputGate) = (bias, bias, true, gate)
            attention.linear = try Self.linearAttention(c)
            try Self.localLayers(
                c, layers: base.layers, kind: .linear, defaultInterval: try c.int("full_attention_interval") ?? 4,
                into: &attention)
            return attention
        case .minimaxM2:
            return try minimaxAttention(c, base)
        }
    }

    /// Llama, Mistral/Mixtral and Qwen2/3: biases by class, Qwen3's q/k norms, and
    /// Mistral's or Qwen's sliding windows.
    func llamaStyleAttention(_ c: HFConfig, _ base: HFBaseShape) throws(HFConfigError) -> ModelArchitecture.Attention {
        let bias = try c.bool("attention_bias") ?? false
        var attention = try base.gqa(c)
        switch self {
        case .llama, .qwen3, .qwen3Moe:
            // LlamaAttention and Qwen3Attention put `attention_bias` on q, k, v and o.
            (attention.qkvBias, attention.outputBias) = (bias, bias)
        case .qwen2:
            attention.qkvBias = true  // Qwen2Attention: q/k/v biases always, o without.
        default:
            break  // Mistral/Mixtral: no biases.
        }
        attention.qkNorm = self == .qwen3 || self == .qwen3Moe
        try Self.qwenOrMistralSliding(c, layers: base.layers, family: self, into: &attention)
        return attention
    }

    /// DeepSeek-V2/V3/V3.2 and GLM-5 multi-head latent attention, with the lightning
    /// indexer of DeepSeek Sparse Attention (V3.2, GLM-5).
    func latentAttention(_ c: HFConfig, _ base: HFBaseShape) throws(HFConfigError) -> ModelArchitecture.Attention {
        if try c.bool("attention_bias") == true {
            throw .unsupportedValue(
                "attention_bias", value: "true", reason: "biases on the latent-attention projections are not described")
        }
        let nope = try c.requiredPositive("qk_nope_head_dim")
        let rope = try c.requiredInt("qk_rope_head_dim")
        let mla = ModelArchitecture.MLA(
            qLoraRank: try c.int("q_lora_rank") ?? 0, kvLoraRank: try c.requiredPositive("kv_lora_rank"),
            qkNopeHeadDim: nope, qkRopeHeadDim: rope, vHeadDim: try c.requiredPositive("v_head_dim"))
        var attention = ModelArchitecture.Attention(
            kind: .mla, heads: base.heads, kvHeads: base.kvHeads, headDim: nope + rope, mla: mla)
        if self == .deepseekV32 || self == .glmMoeDsa {
            // GLM-5.1's IndexShare reuses one layer's selection in the next ones ("shared"
            // layers keep no indexer of their own), which the descriptor does not describe.
            if let types = try c.strings("indexer_types"), types.contains(where: { $0 != "full" }) {
                throw .unsupportedValue(
                    "indexer_types", value: "\(types.filter { $0 != "full" }.count) shared layers",
                    reason: "only an indexer in every layer (DeepSeek-V3.2, GLM-5) is described")
            }
            attention.indexer = SparseIndexer(
                heads: try c.requiredPositive("index_n_heads"), headDim: try c.requiredPositive("index_head_dim"),
                topK: try c.requiredPositive("index_topk"))
        }
        return attention
    }

    /// Llama 4: chunked local attention on the RoPE layers (`attention_chunk_size`), full
    /// attention on the NoPE layers (every fourth by default). Its q/k norm is an
    /// unweighted L2 norm: no parameters.
    func llama4Attention(_ c: HFConfig, _ base: HFBaseShape) throws(HFConfigError) -> ModelArchitecture.Attention {
        let bias = try c.bool("attention_bias") ?? false
        var attention = try base.gqa(c)
        (attention.qkvBias, attention.outputBias) = (bias, bias)
        guard c.has("attention_chunk_size") else { return attention }
        attention.chunkSize = try c.requiredPositive("attention_chunk_size")
        if !c.has("layer_types"), let ropeLayers = try c.ints("no_rope_layers"), !ropeLayers.isEmpty {
            // 1 marks a RoPE (chunked) layer, 0 a NoPE (full-attention) layer.
            attention.fullAttentionInterval = try Self.interval(
                local: ropeLayers.map { $0 != 0 }, layers: base.layers, field: c.name("no_rope_layers"))
            return attention
        }
        try Self.localLayers(
            c, layers: base.layers, kind: .chunked, defaultInterval: try c.int("no_rope_layer_interval") ?? 4,
            into: &attention)
        return attention
    }

    /// MiniMax-M2: full attention in every layer (`attn_type_list` all 1), RMSNorm on the
    /// whole q and k projections when `qk_norm_type` is `per_layer`.
    func minimaxAttention(_ c: HFConfig, _ base: HFBaseShape) throws(HFConfigError) -> ModelArchitecture.Attention {
        if let types = try c.ints("attn_type_list"), types.contains(where: { $0 != 1 }) {
            throw .unsupportedValue(
                "attn_type_list", value: "a list with \(types.filter { $0 != 1 }.count) non-full layers",
                reason: "only full-attention layers (1) are described; MiniMax's lightning-attention layers are not")
        }
        var attention = try base.gqa(c)
        attention.qkNorm = try c.bool("use_qk_norm") ?? false
        let scope = try c.string("qk_norm_type") ?? "per_layer"
        attention.qkNormPerLayer = attention.qkNorm && scope == "per_layer"
        return attention
    }

    /// Qwen3-Next's Gated DeltaNet shape.
    static func linearAttention(_ c: HFConfig) throws(HFConfigError) -> LinearAttention {
        LinearAttention(
            keyHeads: try c.requiredPositive("linear_num_key_heads"),
            valueHeads: try c.requiredPositive("linear_num_value_heads"),
            keyHeadDim: try c.requiredPositive("linear_key_head_dim"),
            valueHeadDim: try c.requiredPositive("linear_value_head_dim"),
            convKernel: try c.requiredPositive("linear_conv_kernel_dim"))
    }
}
