import OAMCore

/// An unquantized checkpoint's size is exactly its parameters times the element size.
public struct ModelCheckpointSizeRule: Rule {
    public init() {}
    /// Llama 3.1 8B: 8,030,261,248 parameters, 16,060,522,496 bytes in bf16.
    private static func llama(tied: Bool = false, checkpoint: String) -> String {
        "kind: model\narchitecture:\n  layers: 32\n  hidden_size: 4096\n  vocab_size: 128256\n  tie_word_embeddings: \(tied)\n  attention:\n    kind: gqa\n    heads: 32\n    kv_heads: 8\n    head_dim: 128\n  mlp:\n    kind: gated\n    intermediate_size: 14336\ncheckpoint:\n\(checkpoint)"
    }
    public static let description = RuleDescription(
        id: "model-checkpoint-size", category: .model,
        summary: "An unquantized bf16/fp16 checkpoint's `bytes` is exactly 2 × (parameters + MTP parameters); fp32 is 4 ×.",
        rationale:
            "The safetensors total size is an exact, independent count of every weight the authors shipped. When the architecture gives a different number, a shape is wrong (a tied or untied head, a layer count, a width), and memory estimates inherit the error.",
        valid: [
            RuleExample(llama(checkpoint: "  dtype: bf16\n  bytes: 16060522496\n")),
            RuleExample(
                llama(checkpoint: "  dtype: fp8\n  quantization: {method: fp8, block_size: [128, 128]}\n  bytes: 9000000000\n")),
            RuleExample(llama(checkpoint: "  dtype: bf16\n  bytes: unknown\n")),
        ],
        invalid: [
            RuleExample(llama(tied: true, checkpoint: "  dtype: bf16\n  bytes: ↓16060522496\n")),
            RuleExample(llama(checkpoint: "  dtype: fp32\n  bytes: ↓16060522496\n")),
        ])

    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
        guard case .model(let m)? = file.descriptor, let bytes = m.checkpoint.bytes, m.checkpoint.quantization == nil,
            m.architecture.shapeProblem == nil
        else { return [] }
        let width: Int
        switch m.checkpoint.dtype {
        case "bf16", "fp16": width = 2
        case "fp32": width = 4
        default: return []
        }
        let p = m.architecture.parameters
        let count = p.total + p.mtp
        let expected = width * count
        guard bytes != expected else { return [] }
        let counted =
            p.mtp > 0
            ? "\(NumberText.grouped(count)) parameters (\(NumberText.grouped(p.mtp)) of them in MTP layers)"
            : "\(NumberText.grouped(count)) parameters"
        let difference = abs(Double(bytes) - Double(expected)) / Double(width)
        let parameters =
            difference == difference.rounded() ? NumberText.grouped(difference) : NumberText.plain(difference)
        let direction = bytes > expected ? "more" : "fewer"
        return [
            finding(
                file, file.range(of: "checkpoint.bytes"),
                "checkpoint.bytes is \(NumberText.grouped(bytes)), but \(counted) in \(m.checkpoint.dtype) take \(NumberText.grouped(expected)) bytes (\(width) each); the checkpoint holds \(parameters) parameters \(direction) than the architecture",
                fix:
                    "copy total_size from model.safetensors.index.json; if it is right, check dtype and the architecture's shapes (tie_word_embeddings, layers, sizes)"
            )
        ]
    }
}
