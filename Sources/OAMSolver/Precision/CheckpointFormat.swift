import OAMCore

/// The weight format a model's released checkpoint uses, read from its descriptor.
public enum CheckpointFormat {
    /// The checkpoint's format and, when it differs from the file, why.
    ///
    /// fp32 checkpoints are served in bf16 (serving engines cast 32-bit checkpoints down by
    /// default), so the plan counts 2 bytes per weight and says so.
    public static func format(of model: ModelDescriptor) -> (format: WeightFormat, note: String?) {
        let checkpoint = model.checkpoint
        guard let q = checkpoint.quantization else {
            switch checkpoint.dtype {
            case "fp32": return (.bf16, "checkpoint is fp32; served in bf16 as engines cast 32-bit checkpoints down by default")
            case "fp16": return (.fp16, nil)
            default: return (.bf16, nil)
            }
        }
        let coverage: WeightFormat.Coverage = q.appliesTo == "experts" ? .experts : .blockLinear
        let scaleBytes = bytes(ofScale: q.scaleDtype)
        switch q.method {
        case "fp8":
            // A block size must be two positive sizes; anything else is read as per-channel.
            let blocked = q.blockSize.count == 2 && q.blockSize.allSatisfy { $0 > 0 }
            let scales: ScaleLayout =
                blocked
                ? .block(rows: q.blockSize[0], cols: q.blockSize[1], bytes: scaleBytes ?? 4)
                : .perChannel(bytes: scaleBytes ?? 4)
            let name = blocked ? "fp8-block" : "fp8"
            let note =
                !q.blockSize.isEmpty && !blocked
                ? "checkpoint block size \(q.blockSize) is not two positive sizes; read as per-channel fp8" : nil
            return (WeightFormat(name: name, quantized: .fp8, scales: scales, coverage: coverage), note)
        case "mxfp4", "nvfp4":
            let precision: Precision = q.method == "mxfp4" ? .mxfp4 : .nvfp4
            let scales = ScaleLayout.blocks(of: precision, size: q.groupSize, bytes: scaleBytes) ?? .none
            return (WeightFormat(name: q.method, quantized: precision, scales: scales, coverage: coverage), nil)
        case "awq", "gptq":
            let precision: Precision = checkpoint.dtype == "int8" ? .int8 : .int4
            let layout = ScaleLayout.group(
                size: group(q.groupSize, 128), bytes: scaleBytes ?? 2, zeroBytes: precision.bytes,
                indexBytesPerColumn: q.method == "gptq" ? 4 : 0)
            return (
                WeightFormat(
                    name: "\(precision.rawValue)-\(q.method)", quantized: precision, scales: layout, coverage: coverage,
                    weightOnly: true), nil
            )
        case "compressed-tensors":
            let precision: Precision = checkpoint.dtype == "int8" ? .int8 : .int4
            let layout = ScaleLayout.packedGroup(size: group(q.groupSize, 32), bytes: scaleBytes ?? 2)
            return (
                WeightFormat(
                    name: "\(precision.rawValue)-g\(group(q.groupSize, 32))", quantized: precision, scales: layout,
                    coverage: coverage, weightOnly: true), nil
            )
        default:
            return (
                WeightFormat(name: "int8", quantized: .int8, scales: .perChannel(bytes: scaleBytes ?? 4), coverage: coverage), nil
            )
        }
    }

    /// A group size from the checkpoint, or the format's standard one when it is missing or
    /// not positive.
    static func group(_ size: Int?, _ standard: Int) -> Int {
        guard let size, size > 0 else { return standard }
        return size
    }

    /// Bytes of one scale of the named storage type.
    static func bytes(ofScale dtype: String?) -> Double? {
        switch dtype {
        case "fp32": return 4
        case "bf16", "fp16": return 2
        case "e8m0", "e4m3": return 1
        default: return nil
        }
    }
}
