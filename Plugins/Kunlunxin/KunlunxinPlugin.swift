import OAMAdapterAPI

/// Kunlunxin XPUs under the XPU SDK (XRE/XDNN): PCI ids under Baidu's 1d22, the R480-X8
/// baseboard, device nodes.
public struct KunlunxinPlugin: TableDrivenAdapter {
    public init() {}

    public let info = AdapterInfo(
        id: "kunlunxin", name: "Kunlunxin XPU (XPU SDK)", vendors: ["kunlunxin"], pciVendorIDs: ["1d22"],
        version: "1.0.0", stack: "XRE")

    public var knowledge: [ModuleKnowledge] { KunlunxinKnowledge.all }
    public var knownDevices: [KnownDevice] { KunlunxinKnowledge.devices }
    public var examples: [GoldenExample] { KunlunxinExamples.all }

    public func validate(_ accelerator: AcceleratorDescriptor, file: DescriptorLocation) -> [Diagnostic] {
        var found = CommonChecks.pciIDs(accelerator, file: file, adapter: info, knownDevices: knownDevices)
        found += CommonChecks.naming(accelerator, file: file, adapter: info, prefixes: ["Kunlunxin"])
        var block = VendorBlockChecker(vendor: "kunlunxin", accelerator: accelerator, location: file)
        guard block.requireMapping() else { return found + block.diagnostics }
        block.checkKeys(["baseboard", "smi_tool", "device_nodes"])
        for (node, range) in block.texts("device_nodes") where !node.hasPrefix("/dev/") {
            block.report(.error, "device-node", "'\(node)' is not a device node path (/dev/…)", at: range)
        }
        if let (tool, range) = block.text("smi_tool"), !tool.contains("xpu") {
            block.report(.warning, "smi-tool", "'\(tool)' is not Kunlunxin's xpu_smi / xpu-smi", at: range)
        }
        return found + block.diagnostics
    }
}
