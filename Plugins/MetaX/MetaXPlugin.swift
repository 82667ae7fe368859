import OAMAdapterAPI

/// MetaX GPUs under MACA: usable memory, vLLM-MetaX's quantization paths, MetaXLink
/// groups, PCI vendor 9999, MACA/VBIOS version strings.
public struct MetaXPlugin: TableDrivenAdapter {
    public init() {}

    public let info = AdapterInfo(
        id: "metax", name: "MetaX (MACA)", vendors: ["metax"], pciVendorIDs: ["9999"],
        version: "1.0.0", stack: "MACA")

    public var knowledge: [ModuleKnowledge] { MetaXKnowledge.all }
    public var knownDevices: [KnownDevice] { [] }
    public var examples: [GoldenExample] { MetaXExamples.all }

    public func validate(_ accelerator: AcceleratorDescriptor, file: DescriptorLocation) -> [Diagnostic] {
        var found = CommonChecks.pciIDs(accelerator, file: file, adapter: info, knownDevices: [])
        found += CommonChecks.naming(accelerator, file: file, adapter: info, prefixes: ["MetaX"])
        var block = VendorBlockChecker(vendor: "metax", accelerator: accelerator, location: file)
        guard block.requireMapping() else { return found + block.diagnostics }
        block.checkKeys(["pci_vendor_id", "smi_tool", "device_nodes", "mxmaca_min_version", "vbios_min_version"])
        CommonChecks.pciVendorField(&block, key: "pci_vendor_id", adapter: info)
        for key in ["mxmaca_min_version", "vbios_min_version"] {
            if let (version, range) = block.text(key), !Self.isDotted(version) {
                block.report(
                    .error, "version",
                    "'x-metax.\(key)' is '\(version)', but it takes a dotted version number such as '2.23.0.1018'", at: range)
            }
        }
        if let (tool, range) = block.text("smi_tool"), tool != "mx-smi" {
            block.report(
                .warning, "smi-tool", "'\(tool)' is not MetaX's management tool, mx-smi", at: range, fix: "write 'mx-smi'")
        }
        for (node, range) in block.texts("device_nodes") where !node.hasPrefix("/dev/") {
            block.report(.error, "device-node", "'\(node)' is not a device node path (/dev/…)", at: range)
        }
        return found + block.diagnostics
    }

    static func isDotted(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }
}
