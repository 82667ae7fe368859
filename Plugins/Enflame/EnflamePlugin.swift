import OAMAdapterAPI

/// Enflame GCUs under TopsRider: PCI ids (vendor 1e36), vLLM-GCU's precision and
/// quantization support, the `x-enflame` block (PCI variants, memory variants).
public struct EnflamePlugin: TableDrivenAdapter {
    public init() {}

    public let info = AdapterInfo(
        id: "enflame", name: "Enflame GCU (TopsRider)", vendors: ["enflame"], pciVendorIDs: ["1e36"],
        version: "1.0.0", stack: "TopsRider")

    public var knowledge: [ModuleKnowledge] { EnflameKnowledge.all }
    public var knownDevices: [KnownDevice] { EnflameDevices.all }
    public var examples: [GoldenExample] { EnflameExamples.all }

    public func validate(_ accelerator: AcceleratorDescriptor, file: DescriptorLocation) -> [Diagnostic] {
        EnflameValidation.check(accelerator, file: file, adapter: info)
    }
}
