extension AcceleratorDescriptor {
    /// The figures a one-line summary of a module shows (`oam list`, the web catalog):
    /// memory capacity and bandwidth, TDP, and the BF16 and FP8 dense peaks.
    public var headlineFigures: [Figure<Quantity>] {
        [memory.capacity, memory.bandwidth, power.tdp, peakDense[.bf16], peakDense[.fp8]].compactMap { $0 }
    }

    /// The weakest evidence tier among the known figures of `figures`, or `nil` when none is
    /// known or covered: a summary is only as trustworthy as its least-supported number.
    public func weakestTier(of figures: [Figure<Quantity>]) -> EvidenceTier? {
        figures.compactMap { $0.value == nil ? nil : evidence.tier(of: $0.path) }.min()
    }
}
