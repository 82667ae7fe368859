import OAMAdapterAPI

/// Checks of Intel Gaudi descriptors: `x-intel` (model number, MME/TPC counts), PCI ids
/// under 1da3, the "Intel Gaudi" brand.
enum IntelValidation {
    /// Model numbers by module: HL-225 is the Gaudi 2 OAM module (hl-smi), HL-325L the
    /// Gaudi 3 OAM module (Supermicro manual); HL-335 (liquid-cooled OAM), HL-338 (PCIe card),
    /// HL-328 and HL-388 (OAM and PCIe for China) are Intel's Gaudi 3 white paper's, as the
    /// press reports it (https://www.theregister.com/2024/04/12/intel_paudi_3_china/).
    static let modelsByModule = [
        "intel/gaudi2": ["HL-225"], "intel/gaudi3": ["HL-325L"], "intel/gaudi3-hl335": ["HL-335"],
        "intel/gaudi3-hl338": ["HL-338"], "intel/gaudi3-hl328": ["HL-328"], "intel/gaudi3-hl388": ["HL-388"],
    ]
    static let knownModels = ["HL-225", "HL-325L", "HL-335", "HL-338", "HL-328", "HL-388"]

    static func check(_ accelerator: AcceleratorDescriptor, file: DescriptorLocation, adapter: AdapterInfo) -> [Diagnostic] {
        var found = CommonChecks.pciIDs(accelerator, file: file, adapter: adapter, knownDevices: IntelDevices.all)
        found += CommonChecks.naming(accelerator, file: file, adapter: adapter, prefixes: ["Intel Gaudi"])
        var block = VendorBlockChecker(vendor: "intel", accelerator: accelerator, location: file)
        guard block.requireMapping() else { return found + block.diagnostics }
        block.checkKeys(["model", "mme_units", "tpc_units"])
        block.check(
            TabledValue(
                key: "model", check: "model",
                expected: modelsByModule[accelerator.id] ?? [],
                table: "hl-smi, the Supermicro manual and the Gaudi 3 white paper",
                known: knownModels, knownName: "a known Gaudi model number"), for: accelerator)
        _ = block.positiveInteger("mme_units")
        _ = block.positiveInteger("tpc_units")
        return found + block.diagnostics
    }
}
