import OAMCore

/// Memory bandwidth is within what the memory technology can deliver to one module.
public struct MemoryBandwidthVsTypeRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "memory-bandwidth-vs-type", category: .consistency,
        summary:
            "Memory bandwidth is plausible for the memory type: HBM 0.25–20 TB/s, GDDR 0.1–2.5 TB/s, LPDDR 0.03–1.2 TB/s, DDR 0.01–1 TB/s per module.",
        rationale:
            "Decode speed is proportional to memory bandwidth, so a unit slip (GB/s for TB/s, Gb/s for GB/s) or a per-stack figure passes every other check and then makes a module look 8× or 1000× faster or slower than it is.",
        valid: [
            RuleExample("kind: accelerator\nmemory:\n  type: hbm3\n  bandwidth: 5.3 TB/s\n"),
            RuleExample("kind: accelerator\nmemory:\n  type: lpddr5x\n  bandwidth: 273 GB/s\n"),
        ],
        invalid: [
            RuleExample("kind: accelerator\nmemory:\n  type: hbm3\n  bandwidth: ↓5.3 GB/s\n"),
            RuleExample("kind: accelerator\nmemory:\n  type: gddr6\n  bandwidth: ↓5.3 TB/s\n"),
        ])

    /// Plausible bandwidth per module by memory-type prefix, in B/s, checked in order.
    static let ranges: [(prefix: String, low: Double, high: Double, text: String)] = [
        ("hbm", 0.25e12, 20e12, "0.25–20 TB/s"),
        ("gddr", 0.1e12, 2.5e12, "0.1–2.5 TB/s"),
        ("lpddr", 0.03e12, 1.2e12, "0.03–1.2 TB/s"),
        ("ddr", 0.01e12, 1e12, "0.01–1 TB/s"),
    ]

    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
        guard case .accelerator(let a)? = file.descriptor, let type = a.memory.type?.value,
            let figure = a.memory.bandwidth, let bandwidth = figure.value,
            let range = Self.ranges.first(where: { type.hasPrefix($0.prefix) }),
            bandwidth.value < range.low || bandwidth.value > range.high
        else { return [] }
        return [
            finding(
                file, figure.range,
                "memory bandwidth \(bandwidth) is outside \(range.text), the range \(type) delivers to one module",
                fix: "check the unit (GB/s vs TB/s, Gb/s vs GB/s) and the memory type")
        ]
    }
}
