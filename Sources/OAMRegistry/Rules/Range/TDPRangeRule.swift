import OAMCore

/// Module TDP is between 10 W and 3 kW.
public struct TDPRangeRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "tdp-range", severity: .warning, category: .range,
        summary: "The TDP of one module is between 10 W and 3 kW.",
        rationale:
            "Power drives rack plans and spec-envelope checks; a kW-for-W slip or a whole server's power copied into one module would pass the unit check and skew both.",
        valid: [RuleExample("kind: accelerator\npower:\n  tdp: 750 W\n")],
        invalid: [
            RuleExample("kind: accelerator\npower:\n  tdp: ↓750 kW\n"),
            RuleExample("kind: accelerator\npower:\n  tdp: ↓7.5 W\n"),
        ])

    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
        guard case .accelerator(let a)? = file.descriptor, let figure = a.power.tdp, let tdp = figure.value,
            tdp.value < 10 || tdp.value > 3000
        else { return [] }
        return [
            finding(
                file, figure.range,
                "TDP \(tdp) is outside the plausible range 10 W–3 kW for one module",
                fix: "check the unit (W vs kW) and that the figure is for one module, not a whole server or rack")
        ]
    }
}
