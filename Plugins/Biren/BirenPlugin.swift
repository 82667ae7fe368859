import OAMAdapterAPI

/// Biren GPUs under BIRENSUPA: the `x-biren` block (TF32+ peak, chiplets), BLink. No PCI
/// vendor id was found in a citable source, so discovery relies on descriptors' `pci_ids`.
public struct BirenPlugin: TableDrivenAdapter {
    public init() {}

    public let info = AdapterInfo(
        id: "biren", name: "Biren (BIRENSUPA)", vendors: ["biren"], version: "1.0.0", stack: "BIRENSUPA")

    public var knowledge: [ModuleKnowledge] { BirenKnowledge.all }
    public var knownDevices: [KnownDevice] { [] }
    public var examples: [GoldenExample] { BirenExamples.all }

    public func validate(_ accelerator: AcceleratorDescriptor, file: DescriptorLocation) -> [Diagnostic] {
        var found = CommonChecks.naming(accelerator, file: file, adapter: info, prefixes: ["Biren BR", "Biren "])
        var block = VendorBlockChecker(vendor: "biren", accelerator: accelerator, location: file)
        guard block.requireMapping() else { return found + block.diagnostics }
        block.checkKeys(["tf32_plus_peak", "int16_supported", "chiplets", "chiplet_interconnect", "software_stack"])
        _ = block.quantity("tf32_plus_peak", [.flops])
        _ = block.quantity("chiplet_interconnect", [.bandwidth])
        _ = block.positiveInteger("chiplets")
        if let (flag, range) = block.text("int16_supported"), flag != "true", flag != "false" {
            block.report(.error, "field-type", "'x-biren.int16_supported' is '\(flag)', but it takes true or false", at: range)
        }
        if let (stack, range) = block.text("software_stack"), !stack.uppercased().contains("SUPA") {
            block.report(.warning, "software-stack", "'\(stack)' does not name BIRENSUPA, Biren's software stack", at: range)
        }
        found += block.diagnostics
        return found
    }
}
