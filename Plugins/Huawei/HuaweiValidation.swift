import OAMAdapterAPI

/// Checks of Huawei descriptors: `x-huawei` (SoC versions and their family, NPU arch,
/// CANN version numbers), PCI ids under 19e5, the "Huawei Ascend" brand.
enum HuaweiValidation {
    static let knownKeys = [
        "soc_versions", "short_soc_version", "npu_arch", "aic_version", "cube_cores", "cube_freq_mhz",
        "npu_smi_name_examples", "npu_smi_name", "cann_releases_listing_atlas_800t_a2", "sku_labels_seen",
        "per_die", "soc_version_rule", "cann_version",
    ]

    /// SoC families (RecSDK transform.json): the short SoC version and what its members look like.
    static let families: [String: (prefix: String, example: String)] = [
        "Ascend910B": ("Ascend910B", "Ascend910B3"),
        "Ascend910_93": ("Ascend910_93", "Ascend910_9391"),
    ]

    static func check(_ accelerator: AcceleratorDescriptor, file: DescriptorLocation, adapter: AdapterInfo) -> [Diagnostic] {
        var found = CommonChecks.pciIDs(accelerator, file: file, adapter: adapter, knownDevices: HuaweiDevices.all)
        found += CommonChecks.naming(accelerator, file: file, adapter: adapter, prefixes: ["Huawei Ascend"])
        var block = VendorBlockChecker(vendor: "huawei", accelerator: accelerator, location: file)
        guard block.requireMapping() else { return found + block.diagnostics }
        block.checkKeys(knownKeys)
        let family = block.text("short_soc_version")
        if let (short, range) = family, families[short] == nil {
            block.report(
                .warning, "soc-version",
                "'\(short)' is not a known SoC family (\(families.keys.sorted().joined(separator: ", ")))", at: range)
        }
        let socs = block.texts("soc_versions")
        for (soc, range) in socs {
            guard soc.hasPrefix("Ascend"), soc.count > 6 else {
                block.report(
                    .error, "soc-version",
                    "'\(soc)' is not a CANN soc_version; they read 'Ascend' and the chip, e.g. 'Ascend910B3'", at: range)
                continue
            }
            if let (short, _) = family, let member = families[short], !soc.hasPrefix(member.prefix) {
                block.report(
                    .error, "soc-version",
                    "'\(soc)' is not in the \(short) family named by short_soc_version (members look like \(member.example))",
                    at: range)
            }
        }
        for key in ["cube_cores", "cube_freq_mhz"] {
            for pair in block.pairs(key) {
                if !socs.isEmpty, !socs.contains(where: { $0.text == pair.key }) {
                    block.report(
                        .error, "soc-version", "'\(pair.key)' under 'x-huawei.\(key)' is not one of soc_versions",
                        at: pair.keyRange)
                }
                if Int(pair.value) == nil {
                    block.report(
                        .error, "field-type", "'x-huawei.\(key).\(pair.key)' is '\(pair.value)', but it takes a whole number",
                        at: pair.valueRange)
                }
            }
        }
        if let (arch, range) = block.text("npu_arch"), !arch.allSatisfy(\.isNumber) {
            block.report(
                .error, "npu-arch", "'x-huawei.npu_arch' is '\(arch)', but CANN's NpuArch is a number such as '2201'", at: range)
        }
        for key in ["cann_releases_listing_atlas_800t_a2", "cann_version"] {
            for (version, range) in block.texts(key) where !isCANNVersion(version) {
                block.report(
                    .error, "cann-version",
                    "'\(version)' is not a CANN version; they read like '8.0.0', '8.0.RC1' or '8.1.RC1.alpha001'", at: range)
            }
        }
        return found + block.diagnostics
    }

    /// `8.0.0`, `8.0.RC1`, `8.1.RC1.alpha001`, `7.0.0.beta1`.
    static func isCANNVersion(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts.count <= 4, Int(parts[0]) != nil, Int(parts[1]) != nil else { return false }
        let third = parts[2]
        guard Int(third) != nil || (third.hasPrefix("RC") && Int(third.dropFirst(2)) != nil) else { return false }
        if parts.count == 4 { return parts[3].allSatisfy { $0.isLetter || $0.isNumber } && !parts[3].isEmpty }
        return true
    }
}
