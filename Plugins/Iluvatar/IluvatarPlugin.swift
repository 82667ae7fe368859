import OAMAdapterAPI

/// Iluvatar CoreX GPUs under the CoreX SDK: two devices per BI-V150 card, usable memory,
/// FastDeploy, PCI vendor 1e3e.
public struct IluvatarPlugin: TableDrivenAdapter {
    public init() {}

    public let info = AdapterInfo(
        id: "iluvatar", name: "Iluvatar CoreX (CoreX SDK)", vendors: ["iluvatar"], pciVendorIDs: ["1e3e"],
        version: "1.0.0", stack: "CoreX")

    public var knowledge: [ModuleKnowledge] { IluvatarKnowledge.all }
    public var knownDevices: [KnownDevice] { [] }
    public var examples: [GoldenExample] { IluvatarExamples.all }

    public func validate(_ accelerator: AcceleratorDescriptor, file: DescriptorLocation) -> [Diagnostic] {
        var found = CommonChecks.pciIDs(accelerator, file: file, adapter: info, knownDevices: [])
        found += CommonChecks.naming(accelerator, file: file, adapter: info, prefixes: ["Iluvatar CoreX"])
        var block = VendorBlockChecker(vendor: "iluvatar", accelerator: accelerator, location: file)
        guard block.requireMapping() else { return found + block.diagnostics }
        block.checkKeys(["pci_vendor_id", "smi_tool", "device_memory", "flagperf_theoryflops_bf16"])
        CommonChecks.pciVendorField(&block, key: "pci_vendor_id", adapter: info)
        if let (tool, range) = block.text("smi_tool"), tool != "ixsmi" {
            block.report(
                .warning, "smi-tool", "'\(tool)' is not Iluvatar's management tool, ixsmi", at: range, fix: "write 'ixsmi'")
        }
        if let (memory, range) = block.quantity("device_memory", [.bytes]),
            let capacity = accelerator.memory.capacity?.value?.value
        {
            let total = memory.value * Double(accelerator.devicesPerModule)
            if abs(total - capacity) > capacity * 0.01 {
                block.report(
                    .warning, "device-memory",
                    "\(memory) per device × \(accelerator.devicesPerModule) device(s) is not the module's memory.capacity (\(accelerator.memory.capacity!.value!))",
                    at: range)
            }
        }
        _ = block.quantity("flagperf_theoryflops_bf16", [.flops])
        return found + block.diagnostics
    }
}
