import OAMAdapterAPI

/// Huawei Ascend NPUs under CANN: SoC version families, precisions by generation, usable
/// HBM, vLLM Ascend / MindIE / SGLang, and `npu-smi info` for discovery.
public struct HuaweiPlugin: TableDrivenAdapter {
    public init() {}

    public let info = AdapterInfo(
        id: "huawei", name: "Huawei Ascend (CANN)", vendors: ["huawei"], pciVendorIDs: ["19e5"],
        version: "1.0.0", stack: "CANN",
        tools: [VendorTool(executable: "npu-smi", arguments: ["info"], documentation: HuaweiSources.npuSmiInfo)])

    public var knowledge: [ModuleKnowledge] { HuaweiKnowledge.all }
    public var knownDevices: [KnownDevice] { HuaweiDevices.all }
    public var examples: [GoldenExample] { HuaweiExamples.all }

    public func validate(_ accelerator: AcceleratorDescriptor, file: DescriptorLocation) -> [Diagnostic] {
        HuaweiValidation.check(accelerator, file: file, adapter: info)
    }

    public func enrich(_ output: ToolOutput, among accelerators: [AcceleratorDescriptor]) -> [DeviceReport] {
        guard output.tool.hasPrefix("npu-smi") else { return [] }
        return NpuSmiReader.reports(output.output, tool: info.tools[0].commandLine)
    }
}
