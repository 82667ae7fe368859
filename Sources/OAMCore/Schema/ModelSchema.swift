/// The nested parts of the model schema, kept apart from `Schemas` for size.
enum ModelSchema {
    static let mla = ObjectSchema(
        "mla", "Multi-head latent attention (DeepSeek-V2/V3).",
        fields: [
            .init(
                "q_lora_rank", .integer(ArchitectureLimits.loraRank),
                "Rank of the query compression; 0 when queries are not compressed."),
            .init(
                "kv_lora_rank", .integer(1...ArchitectureLimits.loraRank.upperBound), required: true,
                "Rank of the compressed key/value latent (cached)."),
            .init(
                "qk_nope_head_dim", .integer(ArchitectureLimits.headDim), required: true,
                "Per-head query/key dimension without rotary embedding."),
            .init(
                "qk_rope_head_dim", .integer(0...ArchitectureLimits.headDim.upperBound), required: true,
                "Per-head rotary dimension (its key part is cached)."),
            .init("v_head_dim", .integer(ArchitectureLimits.headDim), required: true, "Per-head value dimension."),
        ])

    static let attention = ObjectSchema(
        "attention", "Attention layers.",
        fields: [
            .init("kind", .oneOf(["mha", "gqa", "mqa", "mla"]), required: true, "mha, gqa, mqa or mla."),
            .init("heads", .integer(ArchitectureLimits.heads), required: true, "Query heads (num_attention_heads)."),
            .init("kv_heads", .integer(ArchitectureLimits.heads), required: true, "Key/value heads (num_key_value_heads)."),
            .init(
                "head_dim", .integer(ArchitectureLimits.headDim),
                "Per-head dimension; hidden_size / heads when absent (not for MLA)."),
            .init("qkv_bias", .boolean, "Biases on the q, k and v projections."),
            .init("output_bias", .boolean, "Bias on the output projection."),
            .init("qk_norm", .boolean, "RMSNorm on queries and keys (Qwen3, GLM-4.5, MiniMax-M2)."),
            .init(
                "qk_norm_scope", .oneOf(["head", "layer"]),
                "What one q/k norm spans: one head (head_dim weights, the default) or the whole projection (MiniMax-M2)."),
            .init(
                "output_gate", .boolean,
                "Gated attention: q_proj also yields a sigmoid output gate, doubling its rows (Qwen3-Next)."),
            .init("sinks", .boolean, "Learned per-head attention sinks (gpt-oss)."),
            .init(
                "sliding_window", .integer(ArchitectureLimits.slidingWindow),
                "Window of the local layers, in tokens: they attend to the last sliding_window positions."),
            .init(
                "chunk_size", .integer(ArchitectureLimits.slidingWindow),
                "Chunk of the local layers, in tokens: they attend within their fixed-size chunk (Llama 4's attention_chunk_size)."
            ),
            .init(
                "linear_attention", .object(linearAttention),
                "The local layers are linear attention (Gated DeltaNet) with a fixed state per sequence (Qwen3-Next)."),
            .init(
                "full_attention_interval", .integer(ArchitectureLimits.layerInterval),
                "Layer i (from 0) is full attention when i + 1 is a multiple of this, the others local (2: alternate, Gemma 2 and gpt-oss; 6: Gemma 3's 5 local : 1 global; 4: Llama 4, Qwen3-Next); absent: every layer local."
            ),
            .init("indexer", .object(indexer), "DeepSeek Sparse Attention's lightning indexer (DeepSeek-V3.2); needs kind mla."),
            .init("mla", .object(mla), "Latent-attention ranks; required when kind is mla."),
        ])

    static let linearAttention = ObjectSchema(
        "linear_attention", "Gated DeltaNet layers (linear_num_key_heads, linear_num_value_heads, …).",
        fields: [
            .init("key_heads", .integer(ArchitectureLimits.heads), required: true, "Query/key heads (linear_num_key_heads)."),
            .init("value_heads", .integer(ArchitectureLimits.heads), required: true, "Value heads (linear_num_value_heads)."),
            .init("key_head_dim", .integer(ArchitectureLimits.headDim), required: true, "Per-head query/key dimension."),
            .init("value_head_dim", .integer(ArchitectureLimits.headDim), required: true, "Per-head value dimension."),
            .init(
                "conv_kernel", .integer(ArchitectureLimits.convKernel), required: true,
                "Width of the causal short convolution, in tokens (linear_conv_kernel_dim)."),
        ])

    static let indexer = ObjectSchema(
        "indexer", "The lightning indexer (index_n_heads, index_head_dim, index_topk).",
        fields: [
            .init("heads", .integer(ArchitectureLimits.heads), required: true, "Indexer heads (index_n_heads)."),
            .init(
                "head_dim", .integer(ArchitectureLimits.headDim), required: true,
                "Indexer head dimension; its keys are cached in FP8 with an fp32 scale per 128 (index_head_dim)."),
            .init("top_k", .integer(ArchitectureLimits.topK), required: true, "Positions each query attends to (index_topk)."),
        ])

    static let vision = ObjectSchema(
        "vision", "The image encoder of a multimodal checkpoint, listed apart from the language model.",
        fields: [
            .init("model_type", .text, required: true, "vision_config.model_type, e.g. siglip_vision_model."),
            .init("layers", .integer(ArchitectureLimits.layers), required: true, "Encoder layers."),
            .init("hidden_size", .integer(ArchitectureLimits.hiddenSize), required: true, "Encoder width."),
            .init(
                "parameters", .integer(1...Int.max),
                "Encoder and projector parameters, computed exactly from the config; absent when not computed."),
        ])

    static let mlp = ObjectSchema(
        "mlp", "The feed-forward block of dense layers.",
        fields: [
            .init("kind", .oneOf(["gated", "plain"]), required: true, "gated (SwiGLU/GeGLU, three matrices) or plain (two)."),
            .init(
                "intermediate_size", .integer(ArchitectureLimits.intermediateSize), required: true,
                "Hidden size of the dense feed-forward block."),
            .init("bias", .boolean, "Biases in the feed-forward projections."),
        ])

    static let moe = ObjectSchema(
        "moe", "Mixture-of-experts layers.",
        fields: [
            .init("experts", .integer(ArchitectureLimits.experts), required: true, "Routed experts per MoE layer."),
            .init(
                "experts_per_token", .integer(ArchitectureLimits.expertsPerToken), required: true,
                "Routed experts each token uses."),
            .init("shared_experts", .integer(ArchitectureLimits.sharedExperts), "Experts every token uses."),
            .init(
                "expert_intermediate_size", .integer(ArchitectureLimits.intermediateSize), required: true,
                "Hidden size of one expert."),
            .init(
                "dense_layers", .integer(0...ArchitectureLimits.layers.upperBound),
                "Leading layers with a dense feed-forward block (first_k_dense_replace)."),
            .init(
                "interval", .integer(ArchitectureLimits.layerInterval),
                "After the dense layers, layer i (from 0) is MoE when i + 1 is a multiple of this, dense otherwise (Llama 4 Maverick: 2); 1 when absent."
            ),
            .init("router_bias", .boolean, "A bias vector in the router (gpt-oss) or a score-correction bias (DeepSeek-V3)."),
            .init("shared_expert_gate", .boolean, "A sigmoid gate (hidden → 1) on the shared expert's output (Qwen3-Next)."),
            .init("expert_bias", .boolean, "Biases in the expert projections (gpt-oss)."),
        ])

    static let architecture = ObjectSchema(
        "architecture", "Shapes, as config.json states them.",
        fields: [
            .init("hf_architecture", .text, required: true, "The config's architectures[0], e.g. LlamaForCausalLM."),
            .init(
                "layers", .integer(ArchitectureLimits.layers), required: true,
                "Transformer layers (num_hidden_layers), without MTP layers."),
            .init("hidden_size", .integer(ArchitectureLimits.hiddenSize), required: true, "Model width."),
            .init("vocab_size", .integer(ArchitectureLimits.vocabSize), required: true, "Vocabulary size."),
            .init("tie_word_embeddings", .boolean, required: true, "Whether the output head shares the input embedding."),
            .init("max_context", .integer(ArchitectureLimits.maxContext), required: true, "max_position_embeddings."),
            .init("norm", .oneOf(["rmsnorm", "layernorm"]), "Normalisation; layernorm adds a bias per norm."),
            .init(
                "norms_per_layer", .integer(ArchitectureLimits.normsPerLayer),
                "Norm layers per transformer layer (2 usually, 4 in Gemma 2)."),
            .init("attention", .object(attention), required: true, "Attention layers."),
            .init("mlp", .object(mlp), "Dense feed-forward block; required unless every layer is MoE."),
            .init("moe", .object(moe), "Mixture-of-experts layers."),
            .init(
                "mtp_layers", .integer(ArchitectureLimits.mtpLayers),
                "Multi-token-prediction layers shipped in the checkpoint (not used for serving)."),
            .init(
                "vision", .object(vision),
                "The image encoder of a multimodal checkpoint (not counted in the language model's parameters)."),
        ])

    static let checkpoint = ObjectSchema(
        "checkpoint", "The released weights.",
        fields: [
            .init(
                "dtype", .oneOf(["fp32", "bf16", "fp16", "fp8", "mxfp4", "int8", "int4"]), required: true,
                "Main storage type of the weights."),
            .init(
                "quantization",
                .object(
                    ObjectSchema(
                        "quantization", "How the weights are quantized.",
                        fields: [
                            .init(
                                "method", .oneOf(["fp8", "mxfp4", "nvfp4", "awq", "gptq", "int8", "compressed-tensors"]),
                                required: true,
                                "Quantization method; compressed-tensors is symmetric integer groups (pack-quantized, no zero points)."
                            ),
                            .init(
                                "block_size", .list(.integer(1...65_536)), "Block of one scale, e.g. [128, 128] for DeepSeek FP8."
                            ),
                            .init("group_size", .integer(1...65_536), "Elements per scale along a row, e.g. 32 for MXFP4."),
                            .init("scale_dtype", .oneOf(["fp32", "bf16", "fp16", "e8m0", "e4m3"]), "Storage type of one scale."),
                            .init(
                                "applies_to", .oneOf(["all-linear", "experts", "linear-except-embeddings"]),
                                "Which weights are quantized; the rest stay in bf16."),
                        ])), "How the weights are quantized."),
            .init("bytes", .orUnknown(.integer(1...Int.max)), "Total tensor bytes of the checkpoint (safetensors total_size)."),
        ])
}
