import OAMCore

/// Memory capacity per module is between 1 GiB and 2 TiB.
public struct MemoryCapacityRangeRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "memory-capacity-range", severity: .warning, category: .range,
        summary: "Memory capacity of one module is between 1 GiB and 2 TiB.",
        rationale:
            "Whether a model fits is decided by capacity; a MiB-for-GiB slip or a whole server's memory copied into one module passes the unit check and then decides every fit wrongly.",
        valid: [RuleExample("kind: accelerator\nmemory:\n  capacity: 192 GiB\n")],
        invalid: [
            RuleExample("kind: accelerator\nmemory:\n  capacity: ↓192 MiB\n"),
            RuleExample("kind: accelerator\nmemory:\n  capacity: ↓1536 TB\n"),
        ])

    static let low = Double(1 << 30)
    static let high = Double(1 << 41)

    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
        guard case .accelerator(let a)? = file.descriptor, let figure = a.memory.capacity, let capacity = figure.value,
            capacity.value < Self.low || capacity.value > Self.high
        else { return [] }
        return [
            finding(
                file, figure.range,
                "memory capacity \(capacity) is outside the plausible range 1 GiB–2 TiB for one module",
                fix: "check the unit (MiB vs GiB, GB vs TB) and that the figure is for one module, not a whole server")
        ]
    }
}
