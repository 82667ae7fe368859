import OAMCore
import YAMLReader

/// Builds a `ModelDescriptor` from a tree the schema walker has seen.
enum ModelDecoder {
    static func decode(_ root: YAMLNode) -> ModelDescriptor {
        let r = FieldReader(root: root)
        let hidden = r.int("architecture.hidden_size") ?? 0
        let heads = r.int("architecture.attention.heads") ?? 0
        var mla: ModelArchitecture.MLA?
        if r.node("architecture.attention.mla") != nil {
            mla = .init(
                qLoraRank: r.int("architecture.attention.mla.q_lora_rank") ?? 0,
                kvLoraRank: r.int("architecture.attention.mla.kv_lora_rank") ?? 0,
                qkNopeHeadDim: r.int("architecture.attention.mla.qk_nope_head_dim") ?? 0,
                qkRopeHeadDim: r.int("architecture.attention.mla.qk_rope_head_dim") ?? 0,
                vHeadDim: r.int("architecture.attention.mla.v_head_dim") ?? 0)
        }
        let defaultHeadDim = mla.map { $0.qkNopeHeadDim + $0.qkRopeHeadDim } ?? (heads > 0 ? hidden / heads : 0)
        let attention = ModelArchitecture.Attention(
            kind: r.text("architecture.attention.kind").flatMap(ModelArchitecture.Attention.Kind.init(rawValue:)) ?? .mha,
            heads: heads,
            kvHeads: r.int("architecture.attention.kv_heads") ?? heads,
            headDim: r.int("architecture.attention.head_dim") ?? defaultHeadDim,
            qkvBias: r.bool("architecture.attention.qkv_bias") ?? false,
            outputBias: r.bool("architecture.attention.output_bias") ?? false,
            qkNorm: r.bool("architecture.attention.qk_norm") ?? false,
            sinks: r.bool("architecture.attention.sinks") ?? false,
            slidingWindow: r.int("architecture.attention.sliding_window"),
            slidingAlternate: r.text("architecture.attention.sliding_window_pattern") == "alternate",
            mla: mla)
        var mlp: ModelArchitecture.MLP?
        if r.node("architecture.mlp") != nil {
            mlp = .init(
                gated: r.text("architecture.mlp.kind") != "plain",
                intermediateSize: r.int("architecture.mlp.intermediate_size") ?? 0, bias: r.bool("architecture.mlp.bias") ?? false
            )
        }
        var moe: ModelArchitecture.MoE?
        if r.node("architecture.moe") != nil {
            moe = .init(
                experts: r.int("architecture.moe.experts") ?? 0,
                expertsPerToken: r.int("architecture.moe.experts_per_token") ?? 0,
                sharedExperts: r.int("architecture.moe.shared_experts") ?? 0,
                expertIntermediateSize: r.int("architecture.moe.expert_intermediate_size") ?? 0,
                denseLayers: r.int("architecture.moe.dense_layers") ?? 0,
                routerBias: r.bool("architecture.moe.router_bias") ?? false,
                expertBias: r.bool("architecture.moe.expert_bias") ?? false)
        }
        let architecture = ModelArchitecture(
            hfArchitecture: r.text("architecture.hf_architecture") ?? "",
            layers: r.int("architecture.layers") ?? 0,
            hiddenSize: hidden,
            vocabSize: r.int("architecture.vocab_size") ?? 0,
            tieWordEmbeddings: r.bool("architecture.tie_word_embeddings") ?? false,
            maxContext: r.int("architecture.max_context") ?? 0,
            layerNorm: r.text("architecture.norm") == "layernorm",
            normsPerLayer: r.int("architecture.norms_per_layer") ?? 2,
            attention: attention,
            mlp: mlp,
            moe: moe,
            mtpLayers: r.int("architecture.mtp_layers") ?? 0)
        var quantization: ModelDescriptor.Quantization?
        if let method = r.text("checkpoint.quantization.method") {
            quantization = .init(
                method: method,
                blockSize: r.node("checkpoint.quantization.block_size")?.items?.compactMap { $0.scalar.flatMap { Int($0.text) } }
                    ?? [],
                groupSize: r.int("checkpoint.quantization.group_size"),
                scaleDtype: r.text("checkpoint.quantization.scale_dtype"),
                appliesTo: r.text("checkpoint.quantization.applies_to") ?? "all-linear")
        }
        let checkpoint = ModelDescriptor.Checkpoint(
            dtype: r.text("checkpoint.dtype") ?? "bf16", quantization: quantization, bytes: r.int("checkpoint.bytes"))
        var m = ModelDescriptor(
            id: r.text("id") ?? "", name: r.text("name") ?? "", architecture: architecture, checkpoint: checkpoint)
        m.hfRepo = r.text("hf_repo")
        m.aliases = r.texts("aliases")
        m.released = r.text("released").flatMap(PartialDate.init)
        m.license = r.text("license")
        m.statedTotal = r.figure("parameters.stated_total") { Double($0) }
        m.statedActive = r.figure("parameters.stated_active") { Double($0) }
        m.statedCountsEmbeddings = r.bool("parameters.counts_embeddings") ?? true
        m.evidence = r.evidence()
        m.notes = r.text("notes")
        return m
    }
}
