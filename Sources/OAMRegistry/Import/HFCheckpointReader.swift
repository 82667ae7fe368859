import OAMCore

/// The storage format of a checkpoint from its `config.json`: `quantization_config` when
/// present, else `torch_dtype` (or its newer spelling `dtype`). Each quantization method
/// is read by its own step; what the config does not state is returned as an assumption
/// that needs a source of its own.
enum HFCheckpointReader {
    typealias Assumption = ImportedModel.Assumption
    typealias Result = (ModelDescriptor.Checkpoint, [String], [Assumption])

    static func checkpoint(_ config: HFConfig, architecture: ModelArchitecture) throws(HFConfigError) -> Result {
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
        case "fp8", "fbgemm_fp8": return try fp8(quantization)
        case "mxfp4": return try mxfp4(quantization, architecture: architecture)
        case "awq", "gptq": return try integerGroups(quantization, method: method, architecture: config.architecture)
        case "compressed-tensors": return try compressedTensors(quantization, architecture: config.architecture)
        default:
            throw .unsupportedValue(
                "quantization_config.quant_method", value: "\"\(method)\"",
                reason: "supported methods: fp8, fbgemm_fp8, mxfp4, awq, gptq, compressed-tensors")
        }
    }

    static let dtypeNames: [String: String] = ["bfloat16": "bf16", "float16": "fp16", "float32": "fp32"]

    /// FP8 E4M3 (`fmt` "e4m3", or torch's name "float8_e4m3fn"), per channel or in blocks.
    static func fp8(_ q: HFConfig) throws(HFConfigError) -> Result {
        if let format = try q.string("fmt"), format != "e4m3", format != "float8_e4m3fn" {
            throw .unsupportedValue(
                "quantization_config.fmt", value: "\"\(format)\"", reason: "only e4m3 FP8 checkpoints are described")
        }
        let block = try q.ints("weight_block_size") ?? []
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
                Assumption(path: "checkpoint.quantization.scale_dtype", reason: "FP8 checkpoints conventionally keep fp32 scales")
            )
        }
        // A modules_to_not_convert list that keeps only routers, biases and the head (MiniMax-M2)
        // states what all-linear means; without one it is assumed.
        if let kept = try q.strings("modules_to_not_convert"), !kept.isEmpty, !kept.contains(where: { $0.contains("attn") }) {
            stated.append("checkpoint.quantization.applies_to")
        } else {
            assumptions.append(
                Assumption(
                    path: "checkpoint.quantization.applies_to",
                    reason:
                        "quantization_config lists no modules_to_not_convert; the linear layers of the transformer blocks are assumed quantized, embeddings, lm_head, norms and routers kept in bf16"
                ))
        }
        let quantization = ModelDescriptor.Quantization(
            method: "fp8", blockSize: block, scaleDtype: "fp32", appliesTo: "all-linear")
        return (.init(dtype: "fp8", quantization: quantization), stated, assumptions)
    }

    /// OCP MXFP4: E2M1 elements in groups of 32 sharing an E8M0 scale.
    static func mxfp4(_ q: HFConfig, architecture: ModelArchitecture) throws(HFConfigError) -> Result {
        // modules_to_not_convert of gpt-oss: attention, router, embeddings, lm_head:
        // only the experts are MXFP4.
        let kept = try q.strings("modules_to_not_convert") ?? []
        let keepsAttention = kept.contains { $0.contains("self_attn") }
        let appliesTo = architecture.moe != nil && keepsAttention ? "experts" : "all-linear"
        var stated = ["checkpoint.dtype", "checkpoint.quantization.method"]
        if !kept.isEmpty { stated.append("checkpoint.quantization.applies_to") }
        var assumptions = [
            Assumption(
                path: "checkpoint.quantization.group_size",
                reason: "MXFP4 shares one scale per 32 elements by definition of the OCP Microscaling (MX) format"),
            Assumption(
                path: "checkpoint.quantization.scale_dtype",
                reason: "MXFP4 scales are E8M0 by definition of the OCP Microscaling (MX) format"),
        ]
        if kept.isEmpty {
            assumptions.append(
                Assumption(
                    path: "checkpoint.quantization.applies_to",
                    reason: "quantization_config lists no modules_to_not_convert; every linear layer is assumed MXFP4"))
        }
        let quantization = ModelDescriptor.Quantization(method: "mxfp4", groupSize: 32, scaleDtype: "e8m0", appliesTo: appliesTo)
        return (.init(dtype: "mxfp4", quantization: quantization), stated, assumptions)
    }

    /// AWQ and GPTQ: 4- or 8-bit integers in groups with fp16 scales and zero points.
    static func integerGroups(_ q: HFConfig, method: String, architecture: String) throws(HFConfigError) -> Result {
        var bits = try q.int("bits")
        if bits == nil { bits = try q.int("w_bit") }
        guard let bits else { throw .missingField("quantization_config.bits", architecture: architecture) }
        guard bits == 4 || bits == 8 else {
            throw .unsupportedValue(
                "quantization_config.bits", value: String(bits), reason: "only 4- and 8-bit \(method) checkpoints are described")
        }
        var group = try q.int("group_size")
        if group == nil { group = try q.int("q_group_size") }
        var stated = ["checkpoint.dtype", "checkpoint.quantization.method"]
        if let group, group > 0 { stated.append("checkpoint.quantization.group_size") }
        let quantization = ModelDescriptor.Quantization(
            method: method, groupSize: group.flatMap { $0 > 0 ? $0 : nil }, scaleDtype: "fp16", appliesTo: "all-linear")
        return (
            .init(dtype: bits == 4 ? "int4" : "int8", quantization: quantization), stated,
            [
                Assumption(
                    path: "checkpoint.quantization.scale_dtype", reason: "\(method.uppercased()) checkpoints store fp16 scales"),
                Assumption(
                    path: "checkpoint.quantization.applies_to",
                    reason: "\(method.uppercased()) quantizes the linear layers of the transformer blocks"),
            ]
        )
    }
}
