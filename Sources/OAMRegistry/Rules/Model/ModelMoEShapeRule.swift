import OAMCore
import YAMLReader

/// Expert counts, dense layers and the dense MLP block agree.
public struct ModelMoEShapeRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "model-moe-shape", category: .model,
        summary:
            "`experts_per_token` ≤ `experts`; `dense_layers` < `layers`; an `mlp:` block exists whenever some layer is dense (no `moe:`, or `dense_layers` > 0).",
        rationale:
            "Parameter counts, memory and per-token FLOPs are computed from these shapes. Routing to more experts than exist, a model with no MoE layer left, or dense layers without a feed-forward size would all compute silently wrong counts.",
        valid: [
            RuleExample("kind: model\narchitecture:\n  layers: 32\n  mlp:\n    kind: gated\n    intermediate_size: 14336\n"),
            RuleExample(
                "kind: model\narchitecture:\n  layers: 48\n  moe:\n    experts: 128\n    experts_per_token: 8\n    expert_intermediate_size: 768\n"
            ),
            RuleExample(
                "kind: model\narchitecture:\n  layers: 61\n  mlp:\n    kind: gated\n    intermediate_size: 18432\n  moe:\n    experts: 256\n    experts_per_token: 8\n    expert_intermediate_size: 2048\n    dense_layers: 3\n"
            ),
        ],
        invalid: [
            RuleExample(
                "kind: model\narchitecture:\n  layers: 32\n  moe:\n    experts: 4\n    experts_per_token: ↓8\n    expert_intermediate_size: 14336\n"
            ),
            RuleExample(
                "kind: model\narchitecture:\n  layers: 61\n  moe:\n    experts: 256\n    experts_per_token: 8\n    expert_intermediate_size: 2048\n    dense_layers: ↓3\n"
            ),
            RuleExample(
                "kind: model\narchitecture:\n  layers: 61\n  mlp:\n    kind: gated\n    intermediate_size: 18432\n  moe:\n    experts: 256\n    experts_per_token: 8\n    expert_intermediate_size: 2048\n    dense_layers: ↓61\n"
            ),
            RuleExample("kind: model\n↓architecture:\n  layers: 32\n"),
        ])

    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
        guard file.kind == .model, let root = file.root, let architectureEntry = root.entry("architecture") else { return [] }
        let architecture = architectureEntry.value
        guard architecture.entries != nil else { return [] }
        let layers = architecture["layers"]?.intValue
        let hasMLP = architecture["mlp"] != nil
        guard let moe = architecture["moe"] else {
            guard !hasMLP else { return [] }
            return [
                finding(
                    file, SourceRange(key: architectureEntry),
                    "a dense model (no moe block) without an mlp block; its feed-forward layers would count no parameters",
                    fix:
                        "add architecture.mlp with kind and intermediate_size from config.json, or a moe block if the model is a mixture of experts"
                )
            ]
        }
        var findings: [Diagnostic] = []
        if let perTokenNode = moe["experts_per_token"], let perToken = perTokenNode.intValue,
            let experts = moe["experts"]?.intValue, perToken > experts
        {
            findings.append(
                finding(
                    file, SourceRange(perTokenNode),
                    "each token is routed to \(perToken) experts, but a layer has only \(experts)",
                    fix:
                        "copy num_experts_per_tok and the routed expert count (n_routed_experts, num_local_experts) from config.json"
                ))
        }
        if let denseNode = moe["dense_layers"], let dense = denseNode.intValue {
            if let layers, dense >= layers {
                findings.append(
                    finding(
                        file, SourceRange(denseNode),
                        "\(dense) dense layers of \(layers) leave no mixture-of-experts layer",
                        fix:
                            "dense_layers counts only the leading dense layers (first_k_dense_replace); for a dense model remove the moe block"
                    ))
            } else if dense > 0, !hasMLP {
                findings.append(
                    finding(
                        file, SourceRange(denseNode),
                        "\(dense) dense layers but no mlp block giving their feed-forward size; their parameters would not be counted",
                        fix: "add architecture.mlp with kind and intermediate_size (the dense intermediate_size in config.json)"))
            }
        }
        return findings
    }
}
