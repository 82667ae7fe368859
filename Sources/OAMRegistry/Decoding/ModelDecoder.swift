import OAMCore
import YAMLReader

/// Builds a `ModelDescriptor` from a tree the schema walker has seen.
enum ModelDecoder {
    static func decode(_ root: YAMLNode, quantities: ParsedQuantities) -> ModelDescriptor {
        let r = FieldReader(root: root, quantities: quantities)
        let hidden = r.int("architecture.hidden_size") ?? 0
        let heads = r.int("architecture.attention.heads") ?? 0
        let attention = Self.attention(r, hidden: hidden, heads: heads)
        var mlp: ModelArchitecture.MLP?
        if r.node("architecture.mlp") != nil {
            mlp = .init(
                gated: r.text("architecture.mlp.kind") != "plain",
                intermediateSize: r.int("architecture.mlp.intermediate_size") ?? 0, bias: r.bool("architecture.mlp.bias") ?? false
            )
        }
        let moe = Self.moe(r)
        var architecture = ModelArchitecture(
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
        if r.node("architecture.vision") != nil {
            architecture.vision = VisionTower(
                modelType: r.text("architecture.vision.model_type") ?? "", layers: r.int("architecture.vision.layers") ?? 0,
                hiddenSize: r.int("architecture.vision.hidden_size") ?? 0, parameters: r.int("architecture.vision.parameters"))
        }
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

    /// `architecture.attention`, with its latent, local-layer and indexer parts.
    static func attention(_ r: FieldReader, hidden: Int, heads: Int) -> ModelArchitecture.Attention {
        let base = "architecture.attention."
        var mla: ModelArchitecture.MLA?
        if r.node(base + "mla") != nil {
            mla = .init(
                qLoraRank: r.int(base + "mla.q_lora_rank") ?? 0, kvLoraRank: r.int(base + "mla.kv_lora_rank") ?? 0,
                qkNopeHeadDim: r.int(base + "mla.qk_nope_head_dim") ?? 0,
                qkRopeHeadDim: r.int(base + "mla.qk_rope_head_dim") ?? 0,
                vHeadDim: r.int(base + "mla.v_head_dim") ?? 0)
        }
        let defaultHeadDim = mla.map { $0.qkNopeHeadDim + $0.qkRopeHeadDim } ?? (heads > 0 ? hidden / heads : 0)
        var attention = ModelArchitecture.Attention(
            kind: r.text(base + "kind").flatMap(ModelArchitecture.Attention.Kind.init(rawValue:)) ?? .mha,
            heads: heads, kvHeads: r.int(base + "kv_heads") ?? heads, headDim: r.int(base + "head_dim") ?? defaultHeadDim,
            qkvBias: r.bool(base + "qkv_bias") ?? false, outputBias: r.bool(base + "output_bias") ?? false,
            qkNorm: r.bool(base + "qk_norm") ?? false, sinks: r.bool(base + "sinks") ?? false,
            slidingWindow: r.int(base + "sliding_window"), mla: mla)
        attention.qkNormPerLayer = r.text(base + "qk_norm_scope") == "layer"
        attention.outputGate = r.bool(base + "output_gate") ?? false
        attention.chunkSize = r.int(base + "chunk_size")
        attention.fullAttentionInterval = r.int(base + "full_attention_interval")
        if r.node(base + "linear_attention") != nil {
            attention.linear = LinearAttention(
                keyHeads: r.int(base + "linear_attention.key_heads") ?? 0,
                valueHeads: r.int(base + "linear_attention.value_heads") ?? 0,
                keyHeadDim: r.int(base + "linear_attention.key_head_dim") ?? 0,
                valueHeadDim: r.int(base + "linear_attention.value_head_dim") ?? 0,
                convKernel: r.int(base + "linear_attention.conv_kernel") ?? 0)
        }
        if r.node(base + "indexer") != nil {
            attention.indexer = SparseIndexer(
                heads: r.int(base + "indexer.heads") ?? 0, headDim: r.int(base + "indexer.head_dim") ?? 0,
                topK: r.int(base + "indexer.top_k") ?? 0)
        }
        return attention
    }

    /// `architecture.moe`, or `nil`.
    static func moe(_ r: FieldReader) -> ModelArchitecture.MoE? {
        guard r.node("architecture.moe") != nil else { return nil }
        var moe = ModelArchitecture.MoE(
            experts: r.int("architecture.moe.experts") ?? 0,
            expertsPerToken: r.int("architecture.moe.experts_per_token") ?? 0,
            sharedExperts: r.int("architecture.moe.shared_experts") ?? 0,
            expertIntermediateSize: r.int("architecture.moe.expert_intermediate_size") ?? 0,
            denseLayers: r.int("architecture.moe.dense_layers") ?? 0,
            routerBias: r.bool("architecture.moe.router_bias") ?? false,
            expertBias: r.bool("architecture.moe.expert_bias") ?? false)
        moe.interval = r.int("architecture.moe.interval") ?? 1
        moe.sharedExpertGate = r.bool("architecture.moe.shared_expert_gate") ?? false
        return moe
    }
}
