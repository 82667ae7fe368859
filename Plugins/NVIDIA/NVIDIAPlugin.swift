import OAMAdapterAPI

/// NVIDIA data-centre GPUs under CUDA: compute capability, FP8/FP4 by architecture and
/// CUDA version, NVLink, PCI ids, and `nvidia-smi -q -x` for discovery.
public struct NVIDIAPlugin: TableDrivenAdapter {
    public init() {}

    public let info = AdapterInfo(
        id: "nvidia", name: "NVIDIA (CUDA)", vendors: ["nvidia"], pciVendorIDs: ["10de"],
        version: "1.0.0", stack: "CUDA",
        tools: [VendorTool(executable: "nvidia-smi", arguments: ["-q", "-x"], documentation: NVIDIASources.nvsmiManual)])

    public var knowledge: [ModuleKnowledge] { NVIDIAKnowledge.all }
    public var knownDevices: [KnownDevice] { NVIDIADevices.all }
    public var examples: [GoldenExample] { NVIDIAExamples.all }

    public func validate(_ accelerator: AcceleratorDescriptor, file: DescriptorLocation) -> [Diagnostic] {
        NVIDIAValidation.check(accelerator, file: file, adapter: info)
    }

    public func enrich(_ output: ToolOutput, among accelerators: [AcceleratorDescriptor]) -> [DeviceReport] {
        guard output.tool.hasPrefix("nvidia-smi") else { return [] }
        return NvidiaSMIReader.reports(output.output, tool: info.tools[0].commandLine, knownDevices: NVIDIADevices.all)
    }
}
