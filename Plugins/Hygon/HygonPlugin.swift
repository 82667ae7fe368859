import OAMAdapterAPI

/// Hygon DCUs under DTK (a ROCm-derived stack): gfx targets, PCI ids under 1d94.
public struct HygonPlugin: TableDrivenAdapter {
    public init() {}

    public let info = AdapterInfo(
        id: "hygon", name: "Hygon DCU (DTK)", vendors: ["hygon"], pciVendorIDs: ["1d94"],
        version: "1.0.0", stack: "DTK")

    public var knowledge: [ModuleKnowledge] { HygonKnowledge.all }
    public var knownDevices: [KnownDevice] { HygonKnowledge.devices }
    public var examples: [GoldenExample] { HygonExamples.all }

    public func validate(_ accelerator: AcceleratorDescriptor, file: DescriptorLocation) -> [Diagnostic] {
        var found = CommonChecks.pciIDs(accelerator, file: file, adapter: info, knownDevices: knownDevices)
        found += CommonChecks.naming(accelerator, file: file, adapter: info, prefixes: ["Hygon DCU"])
        var block = VendorBlockChecker(vendor: "hygon", accelerator: accelerator, location: file)
        guard block.requireMapping() else { return found + block.diagnostics }
        block.checkKeys(["pci_vendor_id", "gfx_target"])
        CommonChecks.pciVendorField(&block, key: "pci_vendor_id", adapter: info)
        block.check(
            TabledValue(
                key: "gfx_target", check: "gfx-target",
                isWellFormed: { $0.hasPrefix("gfx") && $0.count >= 6 && $0.dropFirst(3).allSatisfy(\.isHexDigit) },
                shape: "a target: 'gfx' and three hex digits, e.g. 'gfx916'",
                expected: HygonKnowledge.targetByModule[accelerator.id].map { [$0] } ?? [],
                table: "the third-party DCU specification table", mismatch: .warning,
                known: Array(Set(HygonKnowledge.targets.values)).sorted(), knownName: "a known DCU target"), for: accelerator)
        return found + block.diagnostics
    }
}
