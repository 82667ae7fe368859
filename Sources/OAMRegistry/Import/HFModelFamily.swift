import OAMCore

/// One supported model class and how its config maps onto `ModelArchitecture`.
///
/// `architecture(_:)` reads a config in named steps, each its own function: the shared
/// shape (`HFBaseShape`), the attention of the class (with its local and latent parts),
/// the feed-forward blocks, the MTP layers, and for multimodal classes the vision tower.
enum HFModelFamily: String, CaseIterable, Sendable {
    case llama = "LlamaForCausalLM"
    case qwen2 = "Qwen2ForCausalLM"
    case qwen3 = "Qwen3ForCausalLM"
    case qwen3Moe = "Qwen3MoeForCausalLM"
    case qwen3Next = "Qwen3NextForCausalLM"
    case qwen35Moe = "Qwen3_5MoeForConditionalGeneration"
    case mistral = "MistralForCausalLM"
    case mixtral = "MixtralForCausalLM"
    case deepseekV2 = "DeepseekV2ForCausalLM"
    case deepseekV3 = "DeepseekV3ForCausalLM"
    case deepseekV32 = "DeepseekV32ForCausalLM"
    case gptOss = "GptOssForCausalLM"
    case gemma2 = "Gemma2ForCausalLM"
    case gemma3 = "Gemma3ForConditionalGeneration"
    case gemma3Text = "Gemma3ForCausalLM"
    case glm4Moe = "Glm4MoeForCausalLM"
    case glmMoeDsa = "GlmMoeDsaForCausalLM"
    case llama4 = "Llama4ForConditionalGeneration"
    case minimaxM2 = "MiniMaxM2ForCausalLM"

    var transformersModelType: String {
        switch self {
        case .llama: return "llama"
        case .qwen2: return "qwen2"
        case .qwen3: return "qwen3"
        case .qwen3Moe: return "qwen3_moe"
        case .qwen3Next: return "qwen3_next"
        case .qwen35Moe: return "qwen3_5_moe"
        case .mistral: return "mistral"
        case .mixtral: return "mixtral"
        case .deepseekV2: return "deepseek_v2"
        case .deepseekV3: return "deepseek_v3"
        case .deepseekV32: return "deepseek_v32"
        case .gptOss: return "gpt_oss"
        case .gemma2: return "gemma2"
        case .gemma3, .gemma3Text: return "gemma3"
        case .glm4Moe: return "glm4_moe"
        case .glmMoeDsa: return "glm_moe_dsa"
        case .llama4: return "llama4"
        case .minimaxM2: return "minimax_m2"
        }
    }

    /// Classes whose configuration default for `head_dim` is not hidden/heads: the
    /// field must be written.
    var requiresHeadDim: Bool {
        switch self {
        case .qwen3, .qwen3Moe, .qwen3Next, .qwen35Moe, .gptOss, .gemma2, .gemma3, .gemma3Text, .glm4Moe, .llama4, .minimaxM2:
            return true
        default: return false
        }
    }

    /// Multimodal classes: the language model's fields sit in `text_config`, the image
    /// encoder's in `vision_config`.
    var isMultimodal: Bool { self == .gemma3 || self == .llama4 || self == .qwen35Moe }

    /// Norm layers per decoder layer: Gemma's pre- and post-norms around attention and
    /// feed-forward make four, every other class two.
    var normsPerLayer: Int {
        switch self {
        case .gemma2, .gemma3, .gemma3Text: return 4
        default: return 2
        }
    }

    /// Values the class's transformers configuration supplies when a field is absent, for
    /// fields the published configs leave out (Gemma 3's `text_config` states neither its
    /// vocabulary nor its context: `Gemma3TextConfig` defaults them to 262,208 and 131,072).
    var classDefaults: [String: Int] {
        switch self {
        case .gemma3, .gemma3Text: return ["vocab_size": 262_208, "max_position_embeddings": 131_072]
        default: return [:]
        }
    }

    func architecture(_ c: HFConfig) throws(HFConfigError) -> ModelArchitecture {
        guard isMultimodal else { return try languageModel(c) }
        guard let text = try c.object("text_config") else { throw .missingField("text_config", architecture: rawValue) }
        var a = try languageModel(text)
        a.vision = try visionTower(c, textHidden: a.hiddenSize)
        return a
    }

    /// The language model of a config (the whole config, or a multimodal `text_config`).
    func languageModel(_ c: HFConfig) throws(HFConfigError) -> ModelArchitecture {
        let base = try HFBaseShape(c, family: self)
        let (mlp, moe) = try feedForward(c, base)
        return ModelArchitecture(
            hfArchitecture: rawValue, layers: base.layers, hiddenSize: base.hidden, vocabSize: base.vocab,
            tieWordEmbeddings: base.tied, maxContext: base.maxContext, normsPerLayer: normsPerLayer,
            attention: try attention(c, base), mlp: mlp, moe: moe, mtpLayers: try mtpLayers(c))
    }

    /// MTP layers the checkpoint ships: DeepSeek's and GLM's `num_nextn_predict_layers`,
    /// Qwen's `mtp_num_hidden_layers`. MiniMax-M2 declares `num_mtp_modules` but its
    /// published tensors hold none, so none are counted.
    func mtpLayers(_ c: HFConfig) throws(HFConfigError) -> Int {
        switch self {
        case .deepseekV2, .deepseekV3, .deepseekV32, .glm4Moe, .glmMoeDsa:
            return try c.int("num_nextn_predict_layers") ?? 0
        case .qwen3Next, .qwen35Moe:
            if let layers = try c.int("mtp_num_hidden_layers") { return layers }
            return try c.int("num_nextn_predict_layers") ?? 0
        default:
            return 0
        }
    }
}
