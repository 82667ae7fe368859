import OAMAdapterAPI

/// Checks of Enflame descriptors: `x-enflame` PCI and memory variants against pci.ids and
/// the descriptor's `pci_ids`, TopsRider version strings, PCI ids under 1e36, the brand.
enum EnflameValidation {
    static let knownKeys = [
        "pci_variants", "memory_variants", "generation", "topsrider_min_for_vllm_gcu", "driver_seen", "chip", "process",
        "software_stack",
    ]

    static func check(_ accelerator: AcceleratorDescriptor, file: DescriptorLocation, adapter: AdapterInfo) -> [Diagnostic] {
        var found = CommonChecks.pciIDs(accelerator, file: file, adapter: adapter, knownDevices: EnflameDevices.all)
        found += CommonChecks.naming(accelerator, file: file, adapter: adapter, prefixes: ["Enflame"])
        var block = VendorBlockChecker(vendor: "enflame", accelerator: accelerator, location: file)
        guard block.requireMapping() else { return found + block.diagnostics }
        block.checkKeys(knownKeys)
        for pair in block.pairs("pci_variants") {
            guard let id = PCIID(pair.key), id.vendor == 0x1e36 else {
                block.report(
                    .error, "pci-variant", "'\(pair.key)' is not an Enflame PCI id (1e36:dddd, lowercase hex)", at: pair.keyRange)
                continue
            }
            if let known = EnflameDevices.all.first(where: { $0.id == id }),
                known.name.split(separator: " ").first.map(String.init) != pair.value
            {
                block.report(
                    .warning, "pci-variant", "pci.ids names \(pair.key) '\(known.name)', not '\(pair.value)'", at: pair.valueRange
                )
            }
        }
        for pair in block.pairs("memory_variants") {
            guard let id = PCIID(pair.key) else {
                block.report(.error, "memory-variant", "'\(pair.key)' is not a PCI id", at: pair.keyRange)
                continue
            }
            if !accelerator.pciIDs.contains(id) {
                block.report(
                    .error, "memory-variant", "'\(pair.key)' is not one of this module's pci_ids", at: pair.keyRange,
                    fix: "add it to pci_ids or remove the variant")
            }
            if case .failure(let failure) = QuantityParser.parse(pair.value, expecting: [.bytes]) {
                block.report(
                    .error, "field-type", "'x-enflame.memory_variants.\(pair.key)': \(failure.message)", at: pair.valueRange)
            }
        }
        if let (version, range) = block.text("topsrider_min_for_vllm_gcu"), StackVersion(version) == nil {
            block.report(
                .error, "topsrider-version", "'\(version)' is not a TopsRider version such as 'i3x 3.4' or '3.4.623'", at: range)
        }
        _ = block.positiveInteger("generation")
        return found + block.diagnostics
    }
}
