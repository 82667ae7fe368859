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
        if let (target, range) = block.text("gfx_target") {
            if !target.hasPrefix("gfx") || !target.dropFirst(3).allSatisfy(\.isHexDigit) || target.count < 6 {
                block.report(.error, "gfx-target", "'x-hygon.gfx_target' is '\(target)', but a target is 'gfx' and three hex digits, e.g. 'gfx916'", at: range)
            } else if let expected = HygonKnowledge.targetByModule[accelerator.id], expected != target {
                block.report(.warning, "gfx-target", "'x-hygon.gfx_target' is '\(target)', but the DCU specification table gives \(expected) for \(accelerator.id)", at: range, fix: "write '\(expected)'")
            } else if !HygonKnowledge.targets.values.contains(target) {
                block.report(.warning, "gfx-target", "'\(target)' is not a known DCU target (\(HygonKnowledge.targets.map { "\($0.value) \($0.key)" }.sorted().joined(separator: ", ")))", at: range)
            }
        }
        return found + block.diagnostics
    }
}
