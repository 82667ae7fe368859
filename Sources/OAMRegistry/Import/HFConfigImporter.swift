import OAMCore

/// Reads a HuggingFace `config.json` into a `ModelArchitecture` and checkpoint format.
///
/// A config states shapes but not every structural fact: Qwen2 always has q/k/v biases,
/// Gemma 2 always has four norms per layer, gpt-oss always has attention sinks. Those come
/// from the model class named in `architectures`, so the importer knows each class it
/// accepts and refuses the others by name rather than guess. Defaults follow the class's
/// transformers configuration where they are harmless (`num_key_value_heads` =
/// heads, `tie_word_embeddings` = false, or true for Gemma 2); a field whose default would
/// silently change parameter counts (`head_dim` of Qwen3, Gemma 2, gpt-oss and GLM-4.5,
/// the MoE sizes) must be present.
public struct HFConfigImporter: Sendable {
    /// The model classes the importer understands, as `architectures[0]` spells them.
    public static let supportedArchitectures: [String] = HFModelFamily.allCases.map(\.rawValue)

    public init() {}

    /// Parses `config.json` text.
    public func importConfig(_ text: String) throws(HFConfigError) -> ImportedModel {
        let root: JSONValue
        do {
            root = try JSONTextParser.parse(text)
        } catch {
            throw .malformedJSON(message: error.message, line: error.line, column: error.column)
        }
        guard case .object(let members) = root else { throw .notAnObject }
        let fields = Dictionary(members, uniquingKeysWith: { first, _ in first })
        let probe = HFConfig(fields: fields, architecture: "config.json")
        guard let architectures = try probe.strings("architectures"), let name = architectures.first else {
            throw .missingArchitectures(supported: Self.supportedArchitectures)
        }
        guard let family = HFModelFamily(rawValue: name) else {
            throw .unsupportedArchitecture(name, supported: Self.supportedArchitectures)
        }
        let config = HFConfig(fields: fields, architecture: name)
        let architecture = try family.architecture(config)
        if let problem = architecture.shapeProblem {
            throw .unsupportedValue("architecture", value: name, reason: problem)
        }
        let (checkpoint, statedPaths, assumptions) = try Self.checkpoint(config, architecture: architecture)
        return ImportedModel(
            architecture: architecture, checkpoint: checkpoint, modelType: try config.string("model_type"),
            statedPaths: ["architecture"] + statedPaths, assumptions: assumptions)
    }

    /// The transformers modeling file of a supported class: the layer structure the
    /// config does not state (biases, norms per layer, sinks) is read there.
    public static func modelingCodeURL(for architecture: String) -> String? {
        guard let family = HFModelFamily(rawValue: architecture) else { return nil }
        let type = family.transformersModelType
        return "https://github.com/huggingface/transformers/blob/main/src/transformers/models/\(type)/modeling_\(type).py"
    }

    // MARK: - Checkpoint

    /// The storage format: `quantization_config` when present, else `torch_dtype` (or its
    /// newer spelling `dtype`).
    static func checkpoint(_ config: HFConfig, architecture: ModelArchitecture) throws(HFConfigError) -> (
        ModelDescriptor.Checkpoint, [String], [ImportedModel.Assumption]
    ) {
        typealias Assumption = ImportedModel.Assumption
        guard let quantization = try config.object("quantization_config") else {
            let key = config.has("torch_dtype") ? "torch_dtype" : "dtype"
            guard let dtype = try config.string(key) else {
                throw .missingField("torch_dtype", architecture: config.architecture)
            }
            guard let name = dtypeNames[dtype] else {
                throw .unsupportedValue(
                    key, value: "\"\(dtype)\"", reason: "expected one of \(dtypeNames.keys.sorted().joined(separator: ", "))")
            }
            return (.init(dtype: name), ["checkpoint.dtype"], [])
        }
        guard let method = try quantization.string("quant_method") else {
            throw .missingField("quantization_config.quant_method", architecture: config.architecture)
        }
        switch method {
        case "fp8", "fbgemm_fp8":
            if let format = try quantization.string("fmt"), format != "e4m3" {
                throw .unsupportedValue(
                    "quantization_config.fmt", value: "\"\(format)\"", reason: "only e4m3 FP8 checkpoints are described")
            }
            let block = try quantization.ints("weight_block_size") ?? []
            var stated = ["checkpoint.dtype", "checkpoint.quantization.method"]
            var assumptions: [Assumption] = []
            if !block.isEmpty {
                stated.append("checkpoint.quantization.block_size")
                assumptions.append(
                    Assumption(
                        path: "checkpoint.quantization.scale_dtype",
                        reason: "block-scaled FP8 (DeepSeek-V3 layout) stores one fp32 scale (`weight_scale_inv`) per block"))
            } else {
                assumptions.append(
                    Assumption(
                        path: "checkpoint.quantization.scale_dtype", reason: "FP8 checkpoints conventionally keep fp32 scales"))
            }
            assumptions.append(
                Assumption(
                    path: "checkpoint.quantization.applies_to",
                    reason:
                        "quantization_config lists no modules_to_not_convert; the linear layers of the transformer blocks are assumed quantized, embeddings, lm_head, norms and routers kept in bf16"
                ))
            let q = ModelDescriptor.Quantization(method: "fp8", blockSize: block, scaleDtype: "fp32", appliesTo: "all-linear")
            return (.init(dtype: "fp8", quantization: q), stated, assumptions)
        case "mxfp4":
            // modules_to_not_convert of gpt-oss: attention, router, embeddings, lm_head:
            // only the experts are MXFP4.
            let kept = try quantization.strings("modules_to_not_convert") ?? []
            let keepsAttention = kept.contains { $0.contains("self_attn") }
            let appliesTo = architecture.moe != nil && keepsAttention ? "experts" : "all-linear"
            var stated = ["checkpoint.dtype", "checkpoint.quantization.method"]
            if !kept.isEmpty { stated.append("checkpoint.quantization.applies_to") }
            let assumptions =
                [
                    Assumption(
                        path: "checkpoint.quantization.group_size",
                        reason: "MXFP4 shares one scale per 32 elements by definition of the OCP Microscaling (MX) format"),
                    Assumption(
                        path: "checkpoint.quantization.scale_dtype",
                        reason: "MXFP4 scales are E8M0 by definition of the OCP Microscaling (MX) format"),
                ]
                + (kept.isEmpty
                    ? [
                        Assumption(
                            path: "checkpoint.quantization.applies_to",
                            reason: "quantization_config lists no modules_to_not_convert; every linear layer is assumed MXFP4")
                    ] : [])
            let q = ModelDescriptor.Quantization(method: "mxfp4", groupSize: 32, scaleDtype: "e8m0", appliesTo: appliesTo)
            return (.init(dtype: "mxfp4", quantization: q), stated, assumptions)
        case "awq", "gptq":
            var bits = try quantization.int("bits")
            if bits == nil { bits = try quantization.int("w_bit") }
            guard let bits else { throw .missingField("quantization_config.bits", architecture: config.architecture) }
            guard bits == 4 || bits == 8 else {
                throw .unsupportedValue(
                    "quantization_config.bits", value: String(bits),
                    reason: "only 4- and 8-bit \(method) checkpoints are described")
            }
            var group = try quantization.int("group_size")
            if group == nil { group = try quantization.int("q_group_size") }
            var stated = ["checkpoint.dtype", "checkpoint.quantization.method"]
            if let group, group > 0 { stated.append("checkpoint.quantization.group_size") }
            let q = ModelDescriptor.Quantization(
                method: method, groupSize: group.flatMap { $0 > 0 ? $0 : nil }, scaleDtype: "fp16", appliesTo: "all-linear")
            return (
                .init(dtype: bits == 4 ? "int4" : "int8", quantization: q), stated,
                [
                    Assumption(
                        path: "checkpoint.quantization.scale_dtype",
                        reason: "\(method.uppercased()) checkpoints store fp16 scales"),
                    Assumption(
                        path: "checkpoint.quantization.applies_to",
                        reason: "\(method.uppercased()) quantizes the linear layers of the transformer blocks"),
                ]
            )
        default:
            throw .unsupportedValue(
                "quantization_config.quant_method", value: "\"\(method)\"",
                reason: "supported methods: fp8, fbgemm_fp8, mxfp4, awq, gptq")
        }
    }

    static let dtypeNames: [String: String] = ["bfloat16": "bf16", "float16": "fp16", "float32": "fp32"]
}
