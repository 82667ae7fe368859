import OAMAdapterAPI

/// Checks of AWS descriptors: `x-aws` (NeuronCore generation and count), the "AWS" brand.
enum AWSValidation {
    /// The NeuronCore generation of each chip (Neuron architecture pages).
    static let generationByModule = ["aws/trainium": "v2", "aws/trainium2": "v3", "aws/trainium3": "v4"]
    static let knownGenerations = ["v1", "v2", "v3", "v4"]

    static func check(_ accelerator: AcceleratorDescriptor, file: DescriptorLocation, adapter: AdapterInfo) -> [Diagnostic] {
        var found = CommonChecks.naming(accelerator, file: file, adapter: adapter, prefixes: ["AWS"])
        var block = VendorBlockChecker(vendor: "aws", accelerator: accelerator, location: file)
        guard block.requireMapping() else { return found + block.diagnostics }
        block.checkKeys(["neuroncore_version", "neuroncores"])
        block.check(
            TabledValue(
                key: "neuroncore_version", check: "neuroncore-version", isWellFormed: { $0.hasPrefix("v") },
                shape: "'v' and a generation number, e.g. 'v3'",
                expected: generationByModule[accelerator.id].map { [$0] } ?? [], table: "the Neuron architecture pages",
                known: knownGenerations, knownName: "a NeuronCore generation"), for: accelerator)
        _ = block.positiveInteger("neuroncores")
        found += block.diagnostics
        return found
    }
}
