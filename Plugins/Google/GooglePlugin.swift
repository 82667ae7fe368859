import OAMAdapterAPI

/// Google Cloud TPUs (JAX / libtpu): TensorCores and matrix units per chip in the `x-google`
/// block, the formats Google rates each generation in. TPUs are Cloud capacity, so there is no
/// PCI discovery.
public struct GooglePlugin: TableDrivenAdapter {
    public init() {}

    public let info = AdapterInfo(
        id: "google", name: "Google Cloud TPU (JAX / libtpu)", vendors: ["google"], version: "1.0.0", stack: "libtpu")

    public var knowledge: [ModuleKnowledge] { GoogleKnowledge.all }
    public var knownDevices: [KnownDevice] { [] }
    public var examples: [GoldenExample] { GoogleExamples.all }

    public func validate(_ accelerator: AcceleratorDescriptor, file: DescriptorLocation) -> [Diagnostic] {
        GoogleValidation.check(accelerator, file: file, adapter: info)
    }
}
