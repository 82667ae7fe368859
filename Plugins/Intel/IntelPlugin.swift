import OAMAdapterAPI

/// Intel Gaudi (Habana) accelerators under the Intel Gaudi software (SynapseAI): model
/// names, FP8 by software version, on-module RoCE, PCI ids.
public struct IntelPlugin: TableDrivenAdapter {
    public init() {}

    public let info = AdapterInfo(
        id: "intel", name: "Intel Gaudi (Habana)", vendors: ["intel"], pciVendorIDs: ["1da3"],
        version: "1.0.0", stack: "Intel Gaudi software")

    public var knowledge: [ModuleKnowledge] { IntelKnowledge.all }
    public var knownDevices: [KnownDevice] { IntelDevices.all }
    public var examples: [GoldenExample] { IntelExamples.all }

    public func validate(_ accelerator: AcceleratorDescriptor, file: DescriptorLocation) -> [Diagnostic] {
        IntelValidation.check(accelerator, file: file, adapter: info)
    }
}
