/// PCI ids are `vvvv:dddd` lowercase hex.
public struct PCIIDFormatRule: LoadTimeRule {
    public init() {}
    public static let description = RuleDescription(
        id: "pci-id-format", category: .schema,
        summary: "PCI ids are written `vendor:device`, four lowercase hex digits each, as sysfs shows them.",
        rationale: "Discovery matches these against /sys/bus/pci/devices/*/{vendor,device}; any other spelling never matches.",
        valid: [RuleExample("kind: accelerator\npci_ids: [\"1002:74a1\"]\n")],
        invalid: [RuleExample("kind: accelerator\npci_ids: [↓\"0x1002:0x74A1\"]\n")])
}
