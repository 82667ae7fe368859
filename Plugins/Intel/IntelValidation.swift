import OAMAdapterAPI

/// Checks of Intel Gaudi descriptors: `x-intel` (model number, MME/TPC counts), PCI ids
/// under 1da3, the "Intel Gaudi" brand.
enum IntelValidation {
    /// Model numbers by module: HL-225 is the Gaudi 2 OAM module (hl-smi), HL-325L the
    /// Gaudi 3 OAM module (Supermicro manual), HL-338 the Gaudi 3 PCIe card (pci.ids).
    static let modelsByModule = ["intel/gaudi2": ["HL-225"], "intel/gaudi3": ["HL-325L"]]
    static let knownModels = ["HL-225", "HL-325L", "HL-338"]

    static func check(_ accelerator: AcceleratorDescriptor, file: DescriptorLocation, adapter: AdapterInfo) -> [Diagnostic] {
        var found = CommonChecks.pciIDs(accelerator, file: file, adapter: adapter, knownDevices: IntelDevices.all)
        found += CommonChecks.naming(accelerator, file: file, adapter: adapter, prefixes: ["Intel Gaudi"])
        var block = VendorBlockChecker(vendor: "intel", accelerator: accelerator, location: file)
        guard block.requireMapping() else { return found + block.diagnostics }
        block.checkKeys(["model", "mme_units", "tpc_units"])
        if let (model, range) = block.text("model") {
            if let expected = modelsByModule[accelerator.id], !expected.contains(model) {
                block.report(.error, "model", "'x-intel.model' is '\(model)', but \(accelerator.id) is the \(expected.joined(separator: " or "))", at: range, fix: "write '\(expected[0])'")
            } else if !knownModels.contains(model) {
                block.report(.warning, "model", "'\(model)' is not a known Gaudi model number (\(knownModels.joined(separator: ", ")))", at: range)
            }
        }
        _ = block.positiveInteger("mme_units")
        _ = block.positiveInteger("tpc_units")
        return found + block.diagnostics
    }
}
