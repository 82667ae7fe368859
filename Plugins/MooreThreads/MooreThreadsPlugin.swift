import OAMAdapterAPI

/// Moore Threads GPUs under MUSA: FP8 by generation, vLLM-MUSA, PCI ids under 1ed5,
/// `mthreads-gmi` memory totals against the descriptor.
public struct MooreThreadsPlugin: TableDrivenAdapter {
    public init() {}

    public let info = AdapterInfo(
        id: "moore-threads", name: "Moore Threads (MUSA)", vendors: ["moore-threads"], pciVendorIDs: ["1ed5"],
        version: "1.0.0", stack: "MUSA")

    public var knowledge: [ModuleKnowledge] { MooreThreadsKnowledge.all }
    public var knownDevices: [KnownDevice] { MooreThreadsKnowledge.devices }
    public var examples: [GoldenExample] { MooreThreadsExamples.all }

    public func validate(_ accelerator: AcceleratorDescriptor, file: DescriptorLocation) -> [Diagnostic] {
        var found = CommonChecks.pciIDs(accelerator, file: file, adapter: info, knownDevices: knownDevices)
        found += CommonChecks.naming(accelerator, file: file, adapter: info, prefixes: ["Moore Threads MTT"])
        var block = VendorBlockChecker(vendor: "moore-threads", accelerator: accelerator, location: file)
        guard block.requireMapping() else { return found + block.diagnostics }
        block.checkKeys(["architecture", "mthreads_gmi_total_mib", "server"])
        if let (mib, range) = block.positiveInteger("mthreads_gmi_total_mib"),
            let capacity = accelerator.memory.capacity?.value?.value
        {
            let perDevice = capacity / Double(accelerator.devicesPerModule)
            if abs(Double(mib) * UnitScale.MiB - perDevice) > perDevice * 0.01 {
                block.report(
                    .warning, "gmi-memory",
                    "mthreads-gmi's \(mib) MiB is not the module's memory.capacity per device (\(Format.bytes(perDevice)))",
                    at: range)
            }
        }
        return found + block.diagnostics
    }
}
