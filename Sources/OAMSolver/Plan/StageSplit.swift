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

    /// Dense and MoE layer counts of stage `stage`, given the leading dense layers.
    public func counts(_ stage: Int, denseLayers: Int) -> (dense: Int, moe: Int) {
        let range = ranges[stage]
        let dense = max(0, min(range.upperBound, denseLayers) - range.lowerBound)
        return (dense, range.count - dense)
    }
}
