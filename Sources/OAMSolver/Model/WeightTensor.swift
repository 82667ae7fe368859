/// One kind of weight tensor in a layer: its shape and how many of it there are.
public struct WeightTensor: Sendable, Hashable {
    /// How a matrix is split when its devices share its tokens (Megatron's tensor
    /// parallelism), which decides the activations each device moves.
    public enum Split: Sendable, Hashable {
        /// Split by output features: every device reads the whole input and writes its slice
        /// of the output (q/k/v, gate/up, MLA's up-projections, linear attention's inputs).
        case columns
        /// Split by input features: every device reads its slice of the input and writes the
        /// whole output, summed by the all-reduce that follows (o_proj, down_proj, expert and
        /// shared-expert down, linear attention's out_proj).
        case rows
    }

    public var role: WeightRole
    /// Output features (rows) of a matrix, or the length of a vector.
    public var rows: Int
    /// Input features of a matrix; 1 for a vector.
    public var cols: Int
    /// How many tensors of this shape (e.g. 2 for k and v, 3·E for expert matrices).
    public var count: Int
    public var isMatrix: Bool
    /// Stored in fp32 whatever the checkpoint (DeepSeek-V3's score-correction bias).
    public var fp32: Bool
    /// Fraction of the layers of its kind that hold this tensor: 1 except in hybrid models,
    /// whose full-attention and linear-attention layers carry different projections
    /// (Qwen3-Next: 12 of 48 and 36 of 48). A layer template then holds each kind's tensors
    /// at its share, so per-layer bytes are the average and totals are exact.
    public var share: Double = 1
    /// How tensor parallelism splits the matrix.
    public var split: Split

    public init(_ role: WeightRole, rows: Int, cols: Int, count: Int = 1, fp32: Bool = false, split: Split = .columns) {
        self.role = role
        self.rows = rows
        self.cols = cols
        self.count = count
        self.isMatrix = cols > 1
        self.fp32 = fp32
        self.split = split
    }

    /// A vector of `length` elements.
    public static func vector(_ role: WeightRole, _ length: Int, count: Int = 1, fp32: Bool = false) -> WeightTensor {
        WeightTensor(role, rows: length, cols: 1, count: count, fp32: fp32)
    }

    /// Elements over all `count` tensors of one layer that holds them.
    public var elements: Int { rows * cols * count }

    /// Elements per layer of its kind on average (`elements × share`).
    public var averageElements: Double { Double(elements) * share }

    /// The same tensor, held by `share` of the layers.
    public func shared(_ share: Double) -> WeightTensor {
        var copy = self
        copy.share = share
        return copy
    }

    /// Bytes over all `count` tensors in `format`, scales included, per layer of its kind
    /// on average (times `share`).
    public func bytes(in format: WeightFormat) -> Double {
        if fp32 { return averageElements * 4 }
        if isMatrix && format.isQuantized && covered(by: format.coverage) {
            return (Double(rows * cols) * format.quantizedBytes + format.scales.bytes(rows: rows, cols: cols)) * Double(count)
                * share
        }
        return averageElements * format.baseline.bytes
    }

    /// True when `format` stores this tensor at its quantized precision.
    public func isQuantized(in format: WeightFormat) -> Bool {
        isMatrix && !fp32 && format.isQuantized && covered(by: format.coverage)
    }

    private func covered(by coverage: WeightFormat.Coverage) -> Bool {
        switch coverage {
        case .none: return false
        case .blockLinear: return role.isBlockLinear
        case .experts: return role == .routedExperts
        }
    }
}
