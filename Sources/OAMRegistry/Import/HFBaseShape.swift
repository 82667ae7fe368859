import OAMCore

/// The fields every supported class states the same way: width, depth, vocabulary,
/// context, head counts and tied embeddings, read once per config.
struct HFBaseShape {
    var hidden: Int
    var layers: Int
    var vocab: Int
    var maxContext: Int
    var heads: Int
    var kvHeads: Int
    var tied: Bool
    /// MHA, GQA or MQA from the head counts (MLA classes replace it).
    var kind: ModelArchitecture.Attention.Kind
    var family: HFModelFamily

    init(_ c: HFConfig, family: HFModelFamily) throws(HFConfigError) {
        func positive(_ key: String) throws(HFConfigError) -> Int {
            if !c.has(key), let value = family.classDefaults[key] { return value }
            return try c.requiredPositive(key)
        }
        self.family = family
        hidden = try positive("hidden_size")
        layers = try positive("num_hidden_layers")
        vocab = try positive("vocab_size")
        maxContext = try positive("max_position_embeddings")
        heads = try positive("num_attention_heads")
        kvHeads = try c.int("num_key_value_heads") ?? heads
        guard kvHeads > 0, heads % kvHeads == 0 else {
            throw .unsupportedValue(
                c.name("num_key_value_heads"), value: String(kvHeads), reason: "it must divide num_attention_heads (\(heads))")
        }
        let gemma = family == .gemma2 || family == .gemma3 || family == .gemma3Text
        tied = try c.bool("tie_word_embeddings") ?? gemma
        kind = kvHeads == heads ? .mha : (kvHeads == 1 ? .mqa : .gqa)
    }

    /// `head_dim`, or hidden/heads where the class defaults to it.
    func headDim(_ c: HFConfig) throws(HFConfigError) -> Int {
        if let dim = try c.int("head_dim") {
            guard dim > 0 else {
                throw .unsupportedValue(c.name("head_dim"), value: String(dim), reason: "it must be a positive integer")
            }
            return dim
        }
        if family.requiresHeadDim { throw .missingField(c.name("head_dim"), architecture: family.rawValue) }
        guard hidden % heads == 0 else {
            throw .missingField(
                c.name("head_dim"),
                architecture: "\(family.rawValue) (hidden_size \(hidden) is not a multiple of num_attention_heads \(heads))")
        }
        return hidden / heads
    }

    /// A grouped-query attention block of this shape, without biases.
    func gqa(_ c: HFConfig) throws(HFConfigError) -> ModelArchitecture.Attention {
        ModelArchitecture.Attention(kind: kind, heads: heads, kvHeads: kvHeads, headDim: try headDim(c))
    }

    /// The gated (SwiGLU/GeGLU) dense block of `key` (`intermediate_size` usually).
    func gatedMLP(_ c: HFConfig, key: String = "intermediate_size") throws(HFConfigError) -> ModelArchitecture.MLP {
        .init(gated: true, intermediateSize: try c.requiredPositive(key), bias: try c.bool("mlp_bias") ?? false)
    }
}
