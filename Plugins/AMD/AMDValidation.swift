import OAMAdapterAPI

/// Checks of AMD descriptors: the `x-amd` block (gfx target), PCI ids under 1002, the
/// "AMD Instinct" brand.
enum AMDValidation {
    /// LLVM targets of Instinct accelerators per the ROCm GPU specifications table.
    static let cdnaTargets = ["gfx908", "gfx90a", "gfx940", "gfx941", "gfx942", "gfx950"]

    /// The gfx target of each registry module (ROCm GPU specifications table).
    static let targetByModule = [
        "amd/mi210": "gfx90a", "amd/mi250": "gfx90a", "amd/mi250x": "gfx90a", "amd/mi300x": "gfx942", "amd/mi325x": "gfx942",
        "amd/mi350x": "gfx950", "amd/mi355x": "gfx950",
    ]

    static func check(_ accelerator: AcceleratorDescriptor, file: DescriptorLocation, adapter: AdapterInfo) -> [Diagnostic] {
        var found = CommonChecks.pciIDs(accelerator, file: file, adapter: adapter, knownDevices: AMDDevices.all)
        found += CommonChecks.naming(accelerator, file: file, adapter: adapter, prefixes: ["AMD Instinct"])
        var block = VendorBlockChecker(vendor: "amd", accelerator: accelerator, location: file)
        guard block.requireMapping() else { return found + block.diagnostics }
        block.checkKeys(["gfx_target"])
        block.check(
            TabledValue(
                key: "gfx_target", check: "gfx-target",
                isWellFormed: {
                    $0.hasPrefix("gfx") && $0.count >= 6 && $0.dropFirst(3).allSatisfy { $0.isHexDigit && !$0.isUppercase }
                },
                shape: "an LLVM target: 'gfx' and three or four lowercase hex digits, e.g. 'gfx942'",
                expected: targetByModule[accelerator.id].map { [$0] } ?? [], table: "the ROCm GPU specifications table",
                known: cdnaTargets, knownName: "an Instinct (CDNA) target in the ROCm GPU specifications table"), for: accelerator
        )
        return found + block.diagnostics
    }
}
