import OAMCore

/// The feed-forward blocks of each class: a dense MLP, a mixture of experts, or both
/// (leading dense layers, or dense layers interleaved with MoE ones).
extension HFModelFamily {
    func feedForward(
        _ c: HFConfig, _ base: HFBaseShape
    ) throws(HFConfigError) -> (ModelArchitecture.MLP?, ModelArchitecture.MoE?) {
        switch self {
        case .llama, .mistral, .qwen2, .qwen3, .gemma2, .gemma3, .gemma3Text:
            return (try base.gatedMLP(c), nil)
        case .mixtral:
            let moe = ModelArchitecture.MoE(
                experts: try c.requiredPositive("num_local_experts"),
                expertsPerToken: try c.requiredPositive("num_experts_per_tok"),
                expertIntermediateSize: try c.requiredPositive("intermediate_size"))
            return (nil, moe)
        case .qwen3Moe, .qwen3Next, .qwen35Moe:
            return try qwenMoE(c, base)
        case .deepseekV2, .deepseekV3, .deepseekV32:
            if let frequency = try c.int("moe_layer_freq"), frequency != 1 {
                throw .unsupportedValue(
                    "moe_layer_freq", value: String(frequency),
                    reason: "only every layer after first_k_dense_replace being MoE (1) is described")
            }
            // DeepSeek-V3's "noaux_tc" routing adds a per-expert score-correction bias.
            let topk = try c.string("topk_method") ?? (self == .deepseekV2 ? "greedy" : "noaux_tc")
            return try Self.deepseekStyleMoE(c, base, routerBias: topk == "noaux_tc")
        case .glm4Moe, .glmMoeDsa:
            // The router always carries e_score_correction_bias (DeepSeek-V3 style).
            if let types = try c.strings("mlp_layer_types") {
                let dense = try c.int("first_k_dense_replace") ?? 0
                guard types == (0..<base.layers).map({ $0 < dense ? "dense" : "sparse" }) else {
                    throw .unsupportedValue(
                        "mlp_layer_types", value: "a list that is not first_k_dense_replace dense layers then sparse ones",
                        reason: "only a leading block of dense layers is described")
                }
            }
            return try Self.deepseekStyleMoE(c, base, routerBias: true)
        case .gptOss:
            // Experts and router with biases.
            var perToken = try c.int("num_experts_per_tok")
            if perToken == nil { perToken = try c.int("experts_per_token") }
            guard let perToken else { throw .missingField("num_experts_per_tok", architecture: rawValue) }
            let moe = ModelArchitecture.MoE(
                experts: try c.requiredPositive("num_local_experts"), expertsPerToken: perToken,
                expertIntermediateSize: try c.requiredPositive("intermediate_size"), routerBias: true, expertBias: true)
            return (nil, moe)
        case .llama4:
            return try llama4MoE(c, base)
        case .minimaxM2:
            if let shared = try c.int("shared_intermediate_size"), shared != 0 {
                throw .unsupportedValue(
                    "shared_intermediate_size", value: String(shared), reason: "MiniMax shared experts are not described")
            }
            let moe = ModelArchitecture.MoE(
                experts: try c.requiredPositive("num_local_experts"),
                expertsPerToken: try c.requiredPositive("num_experts_per_tok"),
                expertIntermediateSize: try c.requiredPositive("intermediate_size"),
                routerBias: try c.bool("use_routing_bias") ?? false)
            return (nil, moe)
        }
    }

    /// DeepSeek and GLM MoE: `n_routed_experts`, `n_shared_experts`, and the first
    /// `first_k_dense_replace` layers dense. `null` shared experts means none.
    static func deepseekStyleMoE(
        _ c: HFConfig, _ base: HFBaseShape, routerBias: Bool
    ) throws(HFConfigError) -> (ModelArchitecture.MLP?, ModelArchitecture.MoE?) {
        let experts = try c.requiredPositive("n_routed_experts")
        guard c.fields["n_shared_experts"] != nil else { throw .missingField("n_shared_experts", architecture: c.architecture) }
        let shared = try c.int("n_shared_experts") ?? 0
        guard c.fields["first_k_dense_replace"] != nil else {
            throw .missingField("first_k_dense_replace", architecture: c.architecture)
        }
        let dense = try c.int("first_k_dense_replace") ?? 0
        guard (0...base.layers).contains(dense) else {
            throw .unsupportedValue(
                "first_k_dense_replace", value: String(dense),
                reason: "it must be between 0 and num_hidden_layers (\(base.layers))")
        }
        let moe = ModelArchitecture.MoE(
            experts: experts, expertsPerToken: try c.requiredPositive("num_experts_per_tok"), sharedExperts: shared,
            expertIntermediateSize: try c.requiredPositive("moe_intermediate_size"), denseLayers: dense, routerBias: routerBias)
        return (dense > 0 ? try base.gatedMLP(c) : nil, moe)
    }

    /// Qwen3-MoE, Qwen3-Next and Qwen3.5-MoE: `num_experts` routed experts; layer `i` is
    /// sparse unless listed in `mlp_only_layers` or `(i + 1) % decoder_sparse_step != 0`.
    /// Qwen3-Next and Qwen3.5 add a gated shared expert of `shared_expert_intermediate_size`.
    func qwenMoE(_ c: HFConfig, _ base: HFBaseShape) throws(HFConfigError) -> (ModelArchitecture.MLP?, ModelArchitecture.MoE?) {
        let (dense, interval) = try Self.qwenMoELayers(c, layers: base.layers)
        let expertSize = try c.requiredPositive("moe_intermediate_size")
        var moe = ModelArchitecture.MoE(
            experts: try c.requiredPositive("num_experts"), expertsPerToken: try c.requiredPositive("num_experts_per_tok"),
            expertIntermediateSize: expertSize, denseLayers: dense)
        moe.interval = interval
        if self != .qwen3Moe, let shared = try c.int("shared_expert_intermediate_size"), shared > 0 {
            guard shared % expertSize == 0 else {
                throw .unsupportedValue(
                    "shared_expert_intermediate_size", value: String(shared),
                    reason: "the shared expert must be a whole number of moe_intermediate_size (\(expertSize)) experts")
            }
            (moe.sharedExperts, moe.sharedExpertGate) = (shared / expertSize, true)
        }
        let hasDense = dense > 0 || interval > 1
        return (hasDense ? try base.gatedMLP(c) : nil, moe)
    }

    /// The leading dense block and the MoE interval of a Qwen MoE config: `mlp_only_layers`
    /// must be a leading block, and `decoder_sparse_step` becomes the interval.
    static func qwenMoELayers(_ c: HFConfig, layers: Int) throws(HFConfigError) -> (dense: Int, interval: Int) {
        let step = try c.int("decoder_sparse_step") ?? 1
        guard step >= 1 else {
            throw .unsupportedValue("decoder_sparse_step", value: String(step), reason: "it must be at least 1")
        }
        let mlpOnly = (try c.ints("mlp_only_layers") ?? []).sorted()
        guard mlpOnly == Array(0..<mlpOnly.count) else {
            throw .unsupportedValue(
                "mlp_only_layers", value: "[" + mlpOnly.map(String.init).joined(separator: ", ") + "]",
                reason: "dense layers that are not a leading block cannot be described by the descriptor's moe.dense_layers")
        }
        return (mlpOnly.count, step)
    }

    /// Llama 4: `num_local_experts` routed experts of `intermediate_size` plus one shared
    /// expert of the same size in every MoE layer, a router without bias; with
    /// `interleave_moe_layer_step` n, every n-th layer is MoE and the others are dense
    /// blocks of `intermediate_size_mlp`.
    func llama4MoE(_ c: HFConfig, _ base: HFBaseShape) throws(HFConfigError) -> (ModelArchitecture.MLP?, ModelArchitecture.MoE?) {
        let step = try c.int("interleave_moe_layer_step") ?? 1
        guard step >= 1 else {
            throw .unsupportedValue(c.name("interleave_moe_layer_step"), value: String(step), reason: "it must be at least 1")
        }
        var moe = ModelArchitecture.MoE(
            experts: try c.requiredPositive("num_local_experts"), expertsPerToken: try c.requiredPositive("num_experts_per_tok"),
            sharedExperts: 1, expertIntermediateSize: try c.requiredPositive("intermediate_size"))
        moe.interval = step
        if let listed = try c.ints("moe_layers"), listed != (0..<base.layers).filter({ ($0 + 1) % step == 0 }) {
            throw .unsupportedValue(
                c.name("moe_layers"), value: "a list of \(listed.count) layers",
                reason: "only every interleave_moe_layer_step-th layer being MoE is described")
        }
        return (step > 1 ? try base.gatedMLP(c, key: "intermediate_size_mlp") : nil, moe)
    }
}
