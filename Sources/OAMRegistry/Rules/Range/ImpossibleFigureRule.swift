import OAMCore

/// Figures beyond `PhysicalLimits` are errors: no module has them, and every command can
/// then rely on descriptor figures being small enough to convert and print.
public struct ImpossibleFigureRule: LoadTimeRule {
    public init() {}
    public static let description = RuleDescription(
        id: "impossible-figure", category: .range,
        summary:
            "No figure is physically impossible for one module: memory and every other size ≤ 1 PiB, every bandwidth (memory, links, ports) ≤ 1 PB/s, peaks ≤ 10^21 FLOP/s or OP/s, power ≤ 100 kW, voltage ≤ 10 kV, length ≤ 10 m.",
        rationale:
            "The plausibility warnings (`memory-capacity-range`, `tdp-range`, `peak-range`) flag figures that are unlikely; these bounds are orders of magnitude beyond any device, so a figure past one is a typo or a forgery and would otherwise decide every comparison it enters.",
        valid: [
            RuleExample(
                "kind: accelerator\nmemory:\n  capacity: 288 GiB\n  bandwidth: 8 TB/s\nscale_up:\n  link_bandwidth: 100 GB/s\npower:\n  tdp: 1.4 kW\n"
            )
        ],
        invalid: [
            RuleExample("kind: accelerator\nmemory:\n  capacity: ↓1e22 TiB\n"),
            RuleExample("kind: accelerator\nscale_up:\n  link_bandwidth: ↓1e22 GB/s\n"),
            RuleExample("kind: accelerator\npower:\n  tdp: ↓150 kW\n"),
            RuleExample("kind: accelerator\npeak_dense:\n  bf16: ↓2000 EFLOPS\n"),
        ])

    /// The finding's message for a parsed figure beyond its bound.
    static func message(path: String, _ quantity: Quantity) -> String {
        "'\(path)': \(quantity.text) is beyond what any module can have (at most \(PhysicalLimits.maximumText(of: quantity.dimension)) for \(quantity.dimension.phrase))"
    }
}
