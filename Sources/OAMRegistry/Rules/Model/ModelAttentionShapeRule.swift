import OAMCore
import YAMLReader

/// Attention kind, head counts and the latent block agree.
public struct ModelAttentionShapeRule: Rule {
    public init() {}
    private static func attention(_ kind: String, heads: String = "32", kvHeads: String, extra: String = "") -> String {
        "kind: model\narchitecture:\n  attention:\n    kind: \(kind)\n    heads: \(heads)\n    kv_heads: \(kvHeads)\n\(extra)"
    }
    private static let mlaBlock =
        "    mla: {q_lora_rank: 1536, kv_lora_rank: 512, qk_nope_head_dim: 128, qk_rope_head_dim: 64, v_head_dim: 128}\n"
    public static let description = RuleDescription(
        id: "model-attention-shape", category: .model,
        summary:
            "`heads` is a multiple of `kv_heads`; `mha` has kv_heads = heads, `mqa` has 1, `gqa` has between; `mla` comes with an `mla:` block and only `mla` does.",
        rationale:
            "The KV cache, the largest memory cost of serving, is computed from kv_heads (or the MLA ranks). A kind that contradicts the head counts shows one of them was mistyped; a missing or stray mla block makes the cache be computed for the wrong attention entirely.",
        valid: [
            RuleExample(attention("gqa", kvHeads: "8")),
            RuleExample(attention("mha", kvHeads: "32")),
            RuleExample(attention("mqa", heads: "71", kvHeads: "1")),
            RuleExample(attention("mla", heads: "128", kvHeads: "128", extra: mlaBlock)),
        ],
        invalid: [
            RuleExample(attention("gqa", kvHeads: "↓6")),
            RuleExample(attention("↓mha", kvHeads: "8")),
            RuleExample(attention("↓gqa", kvHeads: "32")),
            RuleExample(attention("↓mqa", kvHeads: "4")),
            RuleExample(attention("↓mla", heads: "128", kvHeads: "128")),
            RuleExample(attention("gqa", kvHeads: "8", extra: "    ↓" + mlaBlock.dropFirst(4))),
        ])

    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
        guard file.kind == .model, let attention = file.root?.node(at: "architecture.attention"), attention.entries != nil else {
            return []
        }
        let heads = attention["heads"]?.intValue
        let kvNode = attention["kv_heads"]
        let kvHeads = kvNode?.intValue
        var findings: [Diagnostic] = []
        if let heads, let kvHeads, let kvNode, heads > 0, kvHeads > 0, heads % kvHeads != 0 {
            findings.append(
                finding(
                    file, SourceRange(kvNode),
                    "\(heads) query heads cannot be shared evenly by \(kvHeads) key/value heads (\(heads) is not a multiple of \(kvHeads))",
                    fix: "copy num_attention_heads and num_key_value_heads from config.json"))
        }
        guard let kindNode = attention["kind"], let kind = kindNode.scalar?.text else { return findings }
        let kindRange = SourceRange(kindNode)
        if let heads, let kvHeads, heads > 0, kvHeads > 0 {
            let fitting = kvHeads == heads ? "mha" : kvHeads == 1 ? "mqa" : kvHeads < heads ? "gqa" : nil
            let fix =
                fitting.map { "write kind: \($0), or check kv_heads against num_key_value_heads in config.json" }
                ?? "kv_heads cannot exceed heads; check both against config.json"
            switch kind {
            case "mha" where kvHeads != heads:
                findings.append(
                    finding(
                        file, kindRange,
                        "kind mha gives every query head its own key/value head, but kv_heads is \(kvHeads) for \(heads) heads",
                        fix: fix))
            case "mqa" where kvHeads != 1:
                findings.append(
                    finding(
                        file, kindRange, "kind mqa shares one key/value head among all query heads, but kv_heads is \(kvHeads)",
                        fix: fix))
            case "gqa" where !(1 < kvHeads && kvHeads < heads):
                findings.append(
                    finding(
                        file, kindRange, "kind gqa means 1 < kv_heads < heads, but kv_heads is \(kvHeads) for \(heads) heads",
                        fix: fix))
            default:
                break
            }
        }
        let mlaEntry = attention.entry("mla")
        if kind == "mla", mlaEntry == nil {
            findings.append(
                finding(
                    file, kindRange,
                    "kind mla without an mla block; the KV cache and parameter counts would be computed as for plain multi-head attention",
                    fix:
                        "add architecture.attention.mla with q_lora_rank, kv_lora_rank, qk_nope_head_dim, qk_rope_head_dim and v_head_dim from config.json"
                ))
        } else if kind != "mla", let mlaEntry {
            findings.append(
                finding(
                    file, SourceRange(key: mlaEntry),
                    "an mla block with kind \(kind); latent ranks only apply to multi-head latent attention, and the KV cache would be computed from them",
                    fix: "write kind: mla if the model uses latent attention, otherwise remove the mla block"))
        }
        return findings
    }
}
