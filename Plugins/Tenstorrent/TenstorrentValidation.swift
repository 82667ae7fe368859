import OAMAdapterAPI

/// Checks of Tenstorrent descriptors: `x-tenstorrent` (part numbers, Tensix cores), PCI ids
/// under 1e52, the "Tenstorrent" brand.
enum TenstorrentValidation {
    /// Part numbers by module, from the vendor's card comparison table.
    static let partNumbersByModule = [
        "tenstorrent/blackhole-p150": ["TC-03003", "TC-03002"], "tenstorrent/blackhole-p100a": ["TC-03008"],
    ]
    static let knownPartNumbers = ["TC-03003", "TC-03002", "TC-03008"]

    static func check(_ accelerator: AcceleratorDescriptor, file: DescriptorLocation, adapter: AdapterInfo) -> [Diagnostic] {
        var found = CommonChecks.pciIDs(accelerator, file: file, adapter: adapter, knownDevices: TenstorrentDevices.all)
        found += CommonChecks.naming(accelerator, file: file, adapter: adapter, prefixes: ["Tenstorrent"])
        var block = VendorBlockChecker(vendor: "tenstorrent", accelerator: accelerator, location: file)
        guard block.requireMapping() else { return found + block.diagnostics }
        block.checkKeys(["part_numbers", "tensix_cores"])
        let expected = partNumbersByModule[accelerator.id] ?? []
        for (part, range) in block.texts("part_numbers") {
            if !expected.isEmpty, !expected.contains(part) {
                block.report(
                    .error, "part-number",
                    "'\(part)' is not a part number of \(accelerator.id); the vendor's card table gives \(expected.joined(separator: ", "))",
                    at: range, fix: "write \(expected.joined(separator: " or "))")
            } else if !knownPartNumbers.contains(part) {
                block.report(
                    .warning, "part-number",
                    "'\(part)' is not a known Blackhole part number (\(knownPartNumbers.joined(separator: ", ")))", at: range)
            }
        }
        if let (cores, range) = block.positiveInteger("tensix_cores"), cores > 140 {
            block.report(
                .error, "tensix-cores", "a Blackhole chip has at most 140 Tensix cores, not \(cores)", at: range,
                fix: "write the active core count the vendor states (120 on current firmware)")
        }
        return found + block.diagnostics
    }
}
