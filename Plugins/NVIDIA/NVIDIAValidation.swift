import OAMAdapterAPI

/// Checks of NVIDIA descriptors: `x-nvidia.compute_capability`, PCI ids under 10de, the
/// "NVIDIA" brand.
enum NVIDIAValidation {
    /// Compute capabilities of NVIDIA architectures (Transformer Engine support matrix and
    /// CUTLASS architecture pages): Volta 7.0, Turing 7.5, Ampere 8.0/8.6/8.7, Ada 8.9,
    /// Hopper 9.0, Blackwell 10.0/10.3/12.0.
    static let knownCapabilities = ["7.0", "7.5", "8.0", "8.6", "8.7", "8.9", "9.0", "10.0", "10.3", "12.0"]

    /// The compute capability of each registry module.
    static let capabilityByModule = [
        "nvidia/a100-sxm-80gb": "8.0", "nvidia/l40s": "8.9", "nvidia/h100-sxm": "9.0", "nvidia/h200-sxm": "9.0",
        "nvidia/h20": "9.0", "nvidia/b200": "10.0", "nvidia/h200-nvl": "9.0", "nvidia/gb200": "10.0",
    ]

    static func check(_ accelerator: AcceleratorDescriptor, file: DescriptorLocation, adapter: AdapterInfo) -> [Diagnostic] {
        var found = CommonChecks.pciIDs(accelerator, file: file, adapter: adapter, knownDevices: NVIDIADevices.all)
        found += CommonChecks.naming(accelerator, file: file, adapter: adapter, prefixes: ["NVIDIA"])
        var block = VendorBlockChecker(vendor: "nvidia", accelerator: accelerator, location: file)
        guard block.requireMapping() else { return found + block.diagnostics }
        block.checkKeys(["compute_capability"])
        block.check(
            TabledValue(
                key: "compute_capability", check: "compute-capability",
                isWellFormed: { text in
                    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
                    return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
                },
                shape: "a compute capability 'major.minor', e.g. '9.0' (quote it so it stays text)",
                expected: capabilityByModule[accelerator.id].map { [$0] } ?? [],
                table: "the Transformer Engine and CUTLASS architecture pages",
                known: knownCapabilities, knownName: "a known compute capability"), for: accelerator)
        return found + block.diagnostics
    }
}
