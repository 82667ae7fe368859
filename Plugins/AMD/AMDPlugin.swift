import OAMAdapterAPI

/// AMD Instinct modules under ROCm: gfx targets, FP8/FP6/FP4 by ROCm version and CDNA
/// generation, Infinity Fabric, PCI ids.
public struct AMDPlugin: TableDrivenAdapter {
    public init() {}

    public let info = AdapterInfo(
        id: "amd", name: "AMD Instinct (ROCm)", vendors: ["amd"], pciVendorIDs: ["1002"],
        version: "1.0.0", stack: "ROCm")

    public var knowledge: [ModuleKnowledge] { AMDKnowledge.all }
    public var knownDevices: [KnownDevice] { AMDDevices.all }
    public var examples: [GoldenExample] { AMDExamples.all }

    public func validate(_ accelerator: AcceleratorDescriptor, file: DescriptorLocation) -> [Diagnostic] {
        AMDValidation.check(accelerator, file: file, adapter: info)
    }
}
