import OAMAdapterAPI

/// Alibaba's T-Head accelerators (the PPU). Alibaba has published no software-stack name,
/// precision list, framework support or PCI id for the PPU, so the adapter reports those as
/// unknown, checks the product naming and the `x-alibaba` block, and discovers devices only
/// through descriptors' `pci_ids`.
public struct AlibabaPlugin: TableDrivenAdapter {
    public init() {}

    public let info = AdapterInfo(id: "alibaba", name: "Alibaba T-Head", vendors: ["alibaba"], version: "1.0.0")

    public var knowledge: [ModuleKnowledge] { AlibabaKnowledge.all }
    public var knownDevices: [KnownDevice] { [] }
    public var examples: [GoldenExample] { AlibabaExamples.all }

    public func validate(_ accelerator: AcceleratorDescriptor, file: DescriptorLocation) -> [Diagnostic] {
        var found = CommonChecks.naming(accelerator, file: file, adapter: info, prefixes: ["Alibaba T-Head"])
        var block = VendorBlockChecker(vendor: "alibaba", accelerator: accelerator, location: file)
        guard block.requireMapping() else { return found + block.diagnostics }
        block.checkKeys(["designer"])
        if let (designer, range) = block.text("designer"), !AlibabaKnowledge.designerNames.contains(designer) {
            block.report(
                .warning, "designer",
                "'\(designer)' is not T-Head (平头哥), Alibaba's chip unit that designs the PPU; write one of "
                    + AlibabaKnowledge.designerNames.map { "'\($0)'" }.joined(separator: ", "), at: range)
        }
        found += block.diagnostics
        return found
    }
}
