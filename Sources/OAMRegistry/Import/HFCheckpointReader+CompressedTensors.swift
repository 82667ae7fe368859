import OAMCore

/// compressed-tensors checkpoints (llm-compressor's format, Kimi-K2-Thinking's INT4).
extension HFCheckpointReader {
    /// `pack-quantized` integer weights in groups along each row, symmetric (no zero
    /// points): `config_groups.*.weights` gives the bits and the group size, `ignore` the
    /// modules kept in the model dtype. Scales are stored in the model dtype unless the
    /// config names one.
    static func compressedTensors(_ q: HFConfig, architecture: String) throws(HFConfigError) -> Result {
        let format = try q.string("format")
        guard format == "pack-quantized" else {
            throw .unsupportedValue(
                q.name("format"), value: format.map { "\"\($0)\"" } ?? "absent",
                reason: "only pack-quantized integer compressed-tensors checkpoints are described")
        }
        guard let groups = try q.object("config_groups"), groups.fields.count == 1, let name = groups.fields.keys.first,
            let group = try groups.object(name), let weights = try group.object("weights")
        else {
            throw .unsupportedValue(
                q.name("config_groups"), value: "not one group with weights",
                reason: "one quantization group (one scheme for every quantized module) is described")
        }
        let bits = try weights.requiredPositive("num_bits")
        let type = try weights.string("type") ?? "int"
        guard type == "int", bits == 4 || bits == 8 else {
            throw .unsupportedValue(
                weights.name("num_bits"), value: "\(bits)-bit \(type)", reason: "4- and 8-bit integer weights are described")
        }
        guard try weights.bool("symmetric") != false else {
            throw .unsupportedValue(weights.name("symmetric"), value: "false", reason: "zero points are not described")
        }
        guard try weights.string("strategy") == "group" else {
            throw .unsupportedValue(
                weights.name("strategy"), value: "\"\(try weights.string("strategy") ?? "")\"",
                reason: "only group-wise scales are described")
        }
        let groupSize = try weights.requiredPositive("group_size")
        let ignore = try q.strings("ignore") ?? []
        let expertsOnly = ignore.contains { $0.contains("self_attn") } && ignore.contains { $0.contains("shared_expert") }
        var assumptions: [Assumption] = []
        let scale = try weights.string("scale_dtype").flatMap { dtypeNames[$0] }
        if scale == nil {
            assumptions.append(
                Assumption(
                    path: "checkpoint.quantization.scale_dtype",
                    reason: "compressed-tensors stores group scales (`weight_scale`) in the model dtype, bf16"))
        }
        let quantization = ModelDescriptor.Quantization(
            method: "compressed-tensors", groupSize: groupSize, scaleDtype: scale ?? "bf16",
            appliesTo: expertsOnly ? "experts" : "all-linear")
        let stated = [
            "checkpoint.dtype", "checkpoint.quantization.method", "checkpoint.quantization.group_size",
            "checkpoint.quantization.applies_to",
        ]
        return (.init(dtype: bits == 4 ? "int4" : "int8", quantization: quantization), stated, assumptions)
    }
}
