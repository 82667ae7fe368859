/// Host interfaces are `pcie-<gen>-x<lanes>`.
public struct HostInterfaceFormatRule: LoadTimeRule {
    public init() {}
    public static let description = RuleDescription(
        id: "host-interface-format", category: .schema,
        summary: "Host interfaces are written `pcie-<generation>-x<lanes>`, e.g. `pcie-5.0-x16`.",
        rationale: "The solver derives host bandwidth from generation and lanes, and spec conformance compares them.",
        valid: [RuleExample("kind: accelerator\nhost_interface: pcie-4.0-x16\n")],
        invalid: [RuleExample("kind: accelerator\nhost_interface: ↓PCIe Gen5 x16\n")])
}
