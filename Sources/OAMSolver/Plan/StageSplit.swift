import OAMCore

/// Contiguous layer ranges of pipeline stages: the first `layers mod stages` stages take
/// one layer more.
public struct StageSplit: Sendable, Hashable {
    public var ranges: [Range<Int>]

    public init(layers: Int, stages: Int) {
        let base = layers / stages
        let extra = layers % stages
        var start = 0
        var ranges: [Range<Int>] = []
        for stage in 0..<stages {
            let count = base + (stage < extra ? 1 : 0)
            ranges.append(start..<(start + count))
            start += count
        }
        self.ranges = ranges
    }

    /// Dense and MoE layer counts of stage `stage`: leading dense layers, and MoE layers
    /// interleaved with dense ones (Llama 4 Maverick), both follow from the architecture.
    public func counts(_ stage: Int, in architecture: ModelArchitecture) -> (dense: Int, moe: Int) {
        let range = ranges[stage]
        let moe = architecture.moeLayers(in: range)
        return (range.count - moe, moe)
    }
}
