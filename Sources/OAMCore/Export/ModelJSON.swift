/// The JSON form of a model: architecture, checkpoint, stated and computed counts.
extension ModelDescriptor {
    public var json: JSONValue {
        let a = architecture
        let counts = a.parameters
        return .object([
            ("id", .string(id)),
            ("name", .string(name)),
            ("hf_repo", .string(hfRepo)),
            ("released", .string(released?.description)),
            ("parameters", .integer(counts.total)),
            ("active_parameters", .integer(a.activeParameters)),
            ("stated_parameters", .number(statedTotal?.value)),
            ("stated_active_parameters", .number(statedActive?.value)),
            ("kv_cache_elements_per_token", .integer(a.kvElementsPerToken)),
            ("state_elements_per_sequence", .integer(a.stateElementsPerSequence)),
            ("indexer_key_bytes_per_token", .integer(a.indexerBytesPerToken)),
            ("vision_parameters", .number(a.vision?.parameters.map(Double.init))),
            ("architecture", Self.architectureJSON(a)),
            (
                "checkpoint",
                .object([
                    ("dtype", .string(checkpoint.dtype)),
                    ("quantization", .string(checkpoint.quantization?.method)),
                    ("bytes", .number(checkpoint.bytes.map(Double.init))),
                ])
            ),
            ("sources", .array(evidence.sources.map(\.json))),
        ])
    }

    /// The architecture: sizes, the attention block, and the MLP and MoE blocks a model has.
    private static func architectureJSON(_ a: ModelArchitecture) -> JSONValue {
        var architectureJSON: [(String, JSONValue)] = [
            ("hf_architecture", .string(a.hfArchitecture)),
            ("layers", .integer(a.layers)),
            ("hidden_size", .integer(a.hiddenSize)),
            ("vocab_size", .integer(a.vocabSize)),
            ("tie_word_embeddings", .bool(a.tieWordEmbeddings)),
            ("max_context", .integer(a.maxContext)),
            ("attention", attentionJSON(a)),
        ]
        if let mlp = a.mlp {
            architectureJSON.append(
                ("mlp", .object([("gated", .bool(mlp.gated)), ("intermediate_size", .integer(mlp.intermediateSize))])))
        }
        if let moe = a.moe {
            architectureJSON.append(
                (
                    "moe",
                    .object([
                        ("experts", .integer(moe.experts)), ("experts_per_token", .integer(moe.expertsPerToken)),
                        ("shared_experts", .integer(moe.sharedExperts)),
                        ("expert_intermediate_size", .integer(moe.expertIntermediateSize)),
                        ("dense_layers", .integer(moe.denseLayers)), ("interval", .integer(moe.interval)),
                    ])
                ))
        }
        return .object(architectureJSON)
    }

    /// The attention block: heads, windows, linear attention, the sparse indexer, the count
    /// of layers of each kind and MLA's ranks.
    private static func attentionJSON(_ a: ModelArchitecture) -> JSONValue {
        var attention: [(String, JSONValue)] = [
            ("kind", .string(a.attention.kind.rawValue)),
            ("heads", .integer(a.attention.heads)),
            ("kv_heads", .integer(a.attention.kvHeads)),
            ("head_dim", .integer(a.attention.headDim)),
            ("sliding_window", .number(a.attention.slidingWindow.map(Double.init))),
        ]
        if let chunk = a.attention.chunkSize { attention.append(("chunk_size", .integer(chunk))) }
        if let interval = a.attention.fullAttentionInterval { attention.append(("full_attention_interval", .integer(interval))) }
        if let linear = a.attention.linear {
            attention.append(
                (
                    "linear_attention",
                    .object([
                        ("key_heads", .integer(linear.keyHeads)), ("value_heads", .integer(linear.valueHeads)),
                        ("key_head_dim", .integer(linear.keyHeadDim)), ("value_head_dim", .integer(linear.valueHeadDim)),
                        ("conv_kernel", .integer(linear.convKernel)),
                    ])
                ))
        }
        if let indexer = a.attention.indexer {
            attention.append(
                (
                    "indexer",
                    .object([
                        ("heads", .integer(indexer.heads)), ("head_dim", .integer(indexer.headDim)),
                        ("top_k", .integer(indexer.topK)),
                    ])
                ))
        }
        attention.append(
            (
                "layer_kinds",
                .object(
                    ModelArchitecture.LayerKind.allCases.filter { a.layerCount($0) > 0 }.map {
                        ($0.rawValue, .integer(a.layerCount($0)))
                    })
            ))
        if let mla = a.attention.mla {
            attention.append(
                (
                    "mla",
                    .object([
                        ("q_lora_rank", .integer(mla.qLoraRank)), ("kv_lora_rank", .integer(mla.kvLoraRank)),
                        ("qk_nope_head_dim", .integer(mla.qkNopeHeadDim)), ("qk_rope_head_dim", .integer(mla.qkRopeHeadDim)),
                        ("v_head_dim", .integer(mla.vHeadDim)),
                    ])
                ))
        }
        return .object(attention)
    }
}

extension ModuleSpecDescriptor {
    public var json: JSONValue {
        .object([
            ("id", .string(id)),
            ("family", .string(family)),
            ("name", .string(name)),
            ("version", .string(version)),
            ("published", .string(published?.description)),
            ("form_factor", .string(formFactor.rawValue)),
            (
                "power_profiles",
                powerProfiles.map {
                    .array($0.map { .object([("supply_volts", .number($0.supply)), ("max_power_watts", .number($0.maxPower))]) })
                } ?? .null
            ),
            ("host_links", .number(hostLinks.map(Double.init))),
            ("max_host_interface", .string(maxHostInterface?.description)),
            ("max_inter_module_links", .number(maxInterModuleLinks.map(Double.init))),
            ("topologies", .array(topologies.map(JSONValue.string))),
            ("baseboard_modules", .number(baseboardModules.map(Double.init))),
            ("sources", .array(evidence.sources.map(\.json))),
        ])
    }
}
