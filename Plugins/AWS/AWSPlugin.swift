import OAMAdapterAPI

/// AWS Trainium chips under the AWS Neuron SDK: the NeuronCore generation per chip, the
/// microscaling formats Trainium3 computes in, the `x-aws` block. Trainium is sold as EC2
/// capacity, so there is no PCI discovery.
public struct AWSPlugin: TableDrivenAdapter {
    public init() {}

    public let info = AdapterInfo(
        id: "aws", name: "AWS Trainium (Neuron SDK)", vendors: ["aws"], version: "1.0.0", stack: "Neuron SDK")

    public var knowledge: [ModuleKnowledge] { AWSKnowledge.all }
    public var knownDevices: [KnownDevice] { [] }
    public var examples: [GoldenExample] { AWSExamples.all }

    public func validate(_ accelerator: AcceleratorDescriptor, file: DescriptorLocation) -> [Diagnostic] {
        AWSValidation.check(accelerator, file: file, adapter: info)
    }
}
