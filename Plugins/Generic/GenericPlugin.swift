import OAMAdapterAPI

/// The adapter for vendors without one: it knows nothing beyond the descriptor, so its
/// reports hold only what the descriptor implies (precisions with a dense peak, the
/// scale-up domain and its derived per-peer bandwidth) and leave everything else
/// unknown, for the solver's conservative defaults.
public struct GenericPlugin: AcceleratorAdapter {
    public init() {}

    public let info = AdapterInfo(id: "generic", name: "Generic OAM (descriptor only)", vendors: [], version: "1.0.0")

    public func capabilities(for accelerator: AcceleratorDescriptor, stack: String?) -> CapabilityReport? {
        var report = ReportBuilder.report(for: accelerator, knowledge: nil, stack: nil, stackName: nil)
        report.notes.append(
            "No vendor adapter for '\(accelerator.vendor)': figures come from the descriptor alone; unknown figures fall back to the solver's defaults."
        )
        if let stack { report.notes.append("The generic adapter has no per-stack knowledge; '\(stack)' was not used.") }
        return report
    }

    /// Vendor blocks of vendors without an adapter are only checked for shape.
    public func validate(_ accelerator: AcceleratorDescriptor, file: DescriptorLocation) -> [Diagnostic] {
        accelerator.vendorBlocks.keys.sorted().flatMap { vendor -> [Diagnostic] in
            var block = VendorBlockChecker(vendor: vendor, accelerator: accelerator, location: file)
            _ = block.requireMapping()
            return block.diagnostics
        }
    }

    public func match(_ device: PCIDevice, among accelerators: [AcceleratorDescriptor]) -> DeviceMatch? {
        guard let id = device.id else { return nil }
        let listed = accelerators.filter { $0.pciIDs.contains(id) }.map(\.id)
        return listed.isEmpty
            ? nil
            : DeviceMatch(
                address: device.address, modules: listed.sorted(), note: "matched on the descriptor's pci_ids; no vendor adapter")
    }

    public var examples: [GoldenExample] {
        [
            .capabilities(
                "descriptor-only report: native precisions and derived per-peer bandwidth, everything else unknown",
                module: "amd/mi300x",
                expect: """
                    {"report": {"module": "amd/mi300x",
                      "precisions": [{"precision": "fp8", "level": "native"}, {"precision": "fp4", "level": "unsupported"}],
                      "usableMemoryBytes": null, "sustainedComputeFraction": null, "sustainedBandwidthFraction": null,
                      "scaleUp": {"domainSize": {"value": 8}, "perPeerBytesPerSecond": {"value": 64000000000}, "allReduceBytesPerSecond": null},
                      "frameworks": []}}
                    """),
            .discover(
                "a device matched on a descriptor's pci_ids only",
                devices: [
                    PCIDevice(address: "0000:18:00.0", vendor: "10de", device: "2330", class: "030200")
                ], expect: #"{"matches": [{"address": "0000:18:00.0", "modules": ["nvidia/h100-sxm"]}]}"#),
        ]
    }
}
