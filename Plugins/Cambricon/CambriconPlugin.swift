import OAMAdapterAPI

/// Cambricon MLUs under the Neuware SDK: architecture generations, precisions of the
/// MLU370, vLLM-MLU, PCI ids under `cabc`.
public struct CambriconPlugin: TableDrivenAdapter {
    public init() {}

    public let info = AdapterInfo(
        id: "cambricon", name: "Cambricon MLU (Neuware)", vendors: ["cambricon"], pciVendorIDs: ["cabc"],
        version: "1.0.0", stack: "Cambricon SDK")

    public var knowledge: [ModuleKnowledge] { CambriconKnowledge.all }
    public var knownDevices: [KnownDevice] { CambriconKnowledge.devices }
    public var examples: [GoldenExample] { CambriconExamples.all }

    public func validate(_ accelerator: AcceleratorDescriptor, file: DescriptorLocation) -> [Diagnostic] {
        var found = CommonChecks.pciIDs(accelerator, file: file, adapter: info, knownDevices: knownDevices)
        found += CommonChecks.naming(accelerator, file: file, adapter: info, prefixes: ["Cambricon MLU"])
        var block = VendorBlockChecker(vendor: "cambricon", accelerator: accelerator, location: file)
        guard block.requireMapping() else { return found + block.diagnostics }
        block.checkKeys([
            "architecture", "mlu_cores", "int16_peak", "supply_voltage", "pci_vendor_id", "chips_per_card", "chiplets_per_card",
        ])
        CommonChecks.pciVendorField(&block, key: "pci_vendor_id", adapter: info)
        if let (architecture, range) = block.text("architecture"), !CambriconKnowledge.architectures.contains(architecture) {
            block.report(
                .warning, "architecture",
                "'\(architecture)' is not a known MLU architecture (\(CambriconKnowledge.architectures.joined(separator: ", ")))",
                at: range)
        }
        _ = block.positiveInteger("mlu_cores")
        _ = block.positiveInteger("chips_per_card")
        _ = block.positiveInteger("chiplets_per_card")
        _ = block.quantity("int16_peak", [.ops])
        _ = block.quantity("supply_voltage", [.voltage])
        return found + block.diagnostics
    }
}
