import OAMCore

/// Renders a `ModelDescriptorDraft` as a descriptor file in the registry's layout.
///
/// The output is deterministic (same draft, same bytes) so a re-import shows as a clean
/// diff, and it is read back by `ModelDecoder` into the same architecture: tests hold the
/// two directions together.
public enum ModelDescriptorYAML {
    /// The first line of every model file: editors find the schema from it.
    public static let modeline = "# yaml-language-server: $schema=../../schema/model.schema.json"

    public static func render(_ draft: ModelDescriptorDraft) -> String {
        var out: [String] = [modeline, "kind: model"]
        out.append("id: \(scalar(draft.id))")
        out.append("name: \(scalar(draft.name))")
        if let repo = draft.hfRepo { out.append("hf_repo: \(scalar(repo))") }
        if !draft.aliases.isEmpty { out.append("aliases: [" + draft.aliases.map(scalar).joined(separator: ", ") + "]") }
        if let released = draft.released { out.append("released: \(released)") }
        if let license = draft.license { out.append("license: \(scalar(license))") }
        out += architecture(draft.model.architecture)
        out += checkpoint(draft.model.checkpoint)
        out.append("parameters:")
        out.append("  stated_total: \(draft.statedTotal ?? "unknown")")
        if draft.statedActive != nil || draft.model.architecture.moe != nil {
            out.append("  stated_active: \(draft.statedActive ?? "unknown")")
        }
        // What the authors counted only matters, and can only be sourced, when they stated a count.
        if draft.statedTotal != nil || draft.statedActive != nil {
            out.append("  counts_embeddings: \(draft.countsEmbeddings)")
        }
        if !draft.sources.isEmpty {
            out.append("sources:")
            for source in draft.sources {
                out.append("  \(source.key):")
                if let title = source.title { out.append("    title: \(quoted(title))") }
                out.append("    url: \(source.url)")
                out.append("    tier: \(source.tier.rawValue)")
                out.append("    covers: [" + source.covers.joined(separator: ", ") + "]")
            }
        }
        if let notes = draft.notes, !notes.isEmpty {
            out.append("notes: >")
            for paragraph in notes.split(separator: "\n", omittingEmptySubsequences: false) {
                let lines = wrap(String(paragraph), width: 100)
                out += lines.isEmpty ? [""] : lines.map { "  " + $0 }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func architecture(_ a: ModelArchitecture) -> [String] {
        var out = ["architecture:"]
        out.append("  hf_architecture: \(scalar(a.hfArchitecture))")
        out.append("  layers: \(a.layers)")
        out.append("  hidden_size: \(a.hiddenSize)")
        out.append("  vocab_size: \(a.vocabSize)")
        out.append("  tie_word_embeddings: \(a.tieWordEmbeddings)")
        out.append("  max_context: \(a.maxContext)")
        out.append("  norm: \(a.layerNorm ? "layernorm" : "rmsnorm")")
        out.append("  norms_per_layer: \(a.normsPerLayer)")
        let t = a.attention
        out.append("  attention:")
        out.append("    kind: \(t.kind.rawValue)")
        out.append("    heads: \(t.heads)")
        out.append("    kv_heads: \(t.kvHeads)")
        out.append("    head_dim: \(t.headDim)")
        out.append("    qkv_bias: \(t.qkvBias)")
        out.append("    output_bias: \(t.outputBias)")
        out.append("    qk_norm: \(t.qkNorm)")
        if t.qkNormPerLayer { out.append("    qk_norm_scope: layer") }
        if t.outputGate { out.append("    output_gate: true") }
        if t.sinks { out.append("    sinks: true") }
        out += localLayers(t)
        if let mla = t.mla {
            out.append("    mla:")
            out.append("      q_lora_rank: \(mla.qLoraRank)")
            out.append("      kv_lora_rank: \(mla.kvLoraRank)")
            out.append("      qk_nope_head_dim: \(mla.qkNopeHeadDim)")
            out.append("      qk_rope_head_dim: \(mla.qkRopeHeadDim)")
            out.append("      v_head_dim: \(mla.vHeadDim)")
        }
        if let mlp = a.mlp {
            out.append("  mlp:")
            out.append("    kind: \(mlp.gated ? "gated" : "plain")")
            out.append("    intermediate_size: \(mlp.intermediateSize)")
            out.append("    bias: \(mlp.bias)")
        }
        if let moe = a.moe {
            out.append("  moe:")
            out.append("    experts: \(moe.experts)")
            out.append("    experts_per_token: \(moe.expertsPerToken)")
            out.append("    shared_experts: \(moe.sharedExperts)")
            out.append("    expert_intermediate_size: \(moe.expertIntermediateSize)")
            out.append("    dense_layers: \(moe.denseLayers)")
            if moe.interval != 1 { out.append("    interval: \(moe.interval)") }
            if moe.sharedExpertGate { out.append("    shared_expert_gate: true") }
            out.append("    router_bias: \(moe.routerBias)")
            out.append("    expert_bias: \(moe.expertBias)")
        }
        out.append("  mtp_layers: \(a.mtpLayers)")
        if let vision = a.vision {
            out.append("  vision:")
            out.append("    model_type: \(scalar(vision.modelType))")
            out.append("    layers: \(vision.layers)")
            out.append("    hidden_size: \(vision.hiddenSize)")
            if let parameters = vision.parameters { out.append("    parameters: \(parameters)") }
        }
        return out
    }

    /// The local layers (sliding, chunked or linear), their interval and the indexer.
    static func localLayers(_ t: ModelArchitecture.Attention) -> [String] {
        var out: [String] = []
        if let window = t.slidingWindow { out.append("    sliding_window: \(window)") }
        if let chunk = t.chunkSize { out.append("    chunk_size: \(chunk)") }
        if let linear = t.linear {
            out.append("    linear_attention:")
            out.append("      key_heads: \(linear.keyHeads)")
            out.append("      value_heads: \(linear.valueHeads)")
            out.append("      key_head_dim: \(linear.keyHeadDim)")
            out.append("      value_head_dim: \(linear.valueHeadDim)")
            out.append("      conv_kernel: \(linear.convKernel)")
        }
        if let interval = t.fullAttentionInterval { out.append("    full_attention_interval: \(interval)") }
        if let indexer = t.indexer {
            out.append("    indexer:")
            out.append("      heads: \(indexer.heads)")
            out.append("      head_dim: \(indexer.headDim)")
            out.append("      top_k: \(indexer.topK)")
        }
        return out
    }

    static func checkpoint(_ c: ModelDescriptor.Checkpoint) -> [String] {
        var out = ["checkpoint:", "  dtype: \(c.dtype)"]
        if let q = c.quantization {
            out.append("  quantization:")
            out.append("    method: \(q.method)")
            if !q.blockSize.isEmpty {
                out.append("    block_size: [" + q.blockSize.map(String.init).joined(separator: ", ") + "]")
            }
            if let group = q.groupSize { out.append("    group_size: \(group)") }
            if let scale = q.scaleDtype { out.append("    scale_dtype: \(scale)") }
            out.append("    applies_to: \(q.appliesTo)")
        }
        out.append("  bytes: \(c.bytes.map(String.init) ?? "unknown")")
        return out
    }

    /// Plain when the text cannot be misread (no YAML indicator, no word YAML 1.1 would
    /// turn into a bool or null, nothing that looks like a number), else double-quoted.
    static func scalar(_ text: String) -> String {
        let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n", "unknown"]
        let safe = text.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || ("0"..."9").contains($0) || "._/-+ ()".unicodeScalars.contains($0)
        }
        guard let first = text.unicodeScalars.first, safe, first.properties.isAlphabetic || ("0"..."9").contains(first),
            text.last != " ", !reserved.contains(text.lowercased()), Double(text) == nil
        else {
            return quoted(text)
        }
        return text
    }

    /// A double-quoted YAML string (JSON's escapes are YAML's).
    static func quoted(_ text: String) -> String {
        JSONValue.quote(text)
    }

    /// Greedy word wrap for folded block scalars.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
