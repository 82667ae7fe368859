import OAMCore

/// The roofline of one module: for each precision with a known dense peak (and not listed as
/// unsupported), attainable throughput = min(peak, arithmetic intensity × memory bandwidth).
/// Intensity is in FLOP (or OP) per byte read from memory, throughput in FLOP/s, bandwidth in B/s.
public struct Roofline: Sendable, Equatable {
    /// One precision's roof.
    public struct Roof: Sendable, Equatable {
        public var precision: Precision
        /// Dense peak in FLOP/s (OP/s for integer precisions).
        public var peak: Double
        /// The intensity where the bandwidth slope meets the peak: peak / bandwidth, FLOP/B.
        public var ridge: Double
    }

    /// Memory bandwidth in B/s: the slope of every roof.
    public var bandwidth: Double
    /// Widest precision first.
    public var roofs: [Roof]

    /// `nil` when the bandwidth or every dense peak is unknown.
    public init?(_ a: AcceleratorDescriptor) {
        guard let bandwidth = a.memory.bandwidth?.value?.value, bandwidth > 0 else { return nil }
        let roofs = a.peakDense.keys.sorted().compactMap { precision -> Roof? in
            guard !a.unsupported.contains(precision), let peak = a.peakDense[precision]?.value?.value, peak > 0 else {
                return nil
            }
            return Roof(precision: precision, peak: peak, ridge: peak / bandwidth)
        }
        guard !roofs.isEmpty else { return nil }
        self.bandwidth = bandwidth
        self.roofs = roofs
    }

    /// Attainable throughput of `roof` at `intensity` FLOP/B, in FLOP/s.
    public func attainable(_ roof: Roof, intensity: Double) -> Double {
        min(roof.peak, intensity * bandwidth)
    }
}
