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
            let scales: ScaleLayout = q.blockSize.count == 2
                ? .block(rows: q.blockSize[0], cols: q.blockSize[1], bytes: scaleBytes ?? 4)
                : .perChannel(bytes: scaleBytes ?? 4)
            let name = q.blockSize.count == 2 ? "fp8-block" : "fp8"
            return (WeightFormat(name: name, quantized: .fp8, scales: scales, coverage: coverage), nil)
        case "mxfp4":
            return (WeightFormat(name: "mxfp4", quantized: .fp4, scales: .group(size: q.groupSize ?? 32, bytes: scaleBytes ?? 1, zeroBytes: 0, indexBytesPerColumn: 0), coverage: coverage), nil)
        case "nvfp4":
            return (WeightFormat(name: "nvfp4", quantized: .fp4, scales: .group(size: q.groupSize ?? 16, bytes: scaleBytes ?? 1, zeroBytes: 0, indexBytesPerColumn: 0), coverage: coverage), nil)
        case "awq", "gptq":
            let precision: Precision = checkpoint.dtype == "int8" ? .int8 : .int4
            let layout = ScaleLayout.group(size: q.groupSize ?? 128, bytes: scaleBytes ?? 2, zeroBytes: precision.bytes, indexBytesPerColumn: q.method == "gptq" ? 4 : 0)
            return (WeightFormat(name: "\(precision.rawValue)-\(q.method)", quantized: precision, scales: layout, coverage: coverage, weightOnly: true), nil)
        default:
            return (WeightFormat(name: "int8", quantized: .int8, scales: .perChannel(bytes: scaleBytes ?? 4), coverage: coverage), nil)
        }
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
