import Foundation

/// A host link such as `pcie-5.0-x16`: PCIe generation and lane count.
public struct HostInterface: Sendable, Hashable, CustomStringConvertible {
    /// PCIe generation, e.g. 5.0.
    public var generation: Double
    public var lanes: Int

    public init(generation: Double, lanes: Int) {
        self.generation = generation
        self.lanes = lanes
    }

    /// Parses `pcie-<gen>-x<lanes>` with gen 1.0–7.0 and lanes 1, 2, 4, 8 or 16.
    public init?(_ text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0] == "pcie", let generation = Double(parts[1]), parts[1].contains("."),
            (1...7).contains(generation), parts[2].hasPrefix("x"), let lanes = Int(parts[2].dropFirst()),
            [1, 2, 4, 8, 16].contains(lanes)
        else { return nil }
        self.init(generation: generation, lanes: lanes)
    }

    public var description: String { "pcie-\(String(format: "%.1f", generation))-x\(lanes)" }

    /// Usable bandwidth per direction in bytes/s after line encoding (8b/10b to Gen 2,
    /// 128b/130b from Gen 3; Gen 6+ FLIT counted at its raw rate).
    public var bandwidthPerDirection: Double {
        let gigatransfers: [Double: Double] = [1: 2.5, 2: 5, 3: 8, 4: 16, 5: 32, 6: 64, 7: 128]
        let rate = gigatransfers[generation.rounded(.down)] ?? 0
        let efficiency = generation < 3 ? 0.8 : generation < 6 ? 128.0 / 130.0 : 1.0
        return rate * 1e9 * efficiency / 8 * Double(lanes)
    }
}
