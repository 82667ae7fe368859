import OAMCore

/// Checks every vendor adapter runs on its descriptors besides its own block: PCI ids under
/// the vendor's PCI vendor id and matching the product, and the product name's brand.
public enum CommonChecks {
    /// Each `pci_ids` entry must be under one of the adapter's PCI vendor ids
    /// (`<vendor>-pci-vendor`, error) and must not be an id the adapter knows as another
    /// registry module (`<vendor>-pci-device`, error).
    public static func pciIDs(
        _ accelerator: AcceleratorDescriptor, file: DescriptorLocation, adapter: AdapterInfo, knownDevices: [KnownDevice]
    ) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let items = file.root?["pci_ids"]?.items ?? []
        for (index, item) in items.enumerated() {
            guard let text = item.scalar?.text, let id = PCIID(text) else { continue }
            let range = file.range(of: "pci_ids.\(index)")
            if !adapter.pciVendors.isEmpty, !adapter.pciVendors.contains(id.vendor) {
                found.append(
                    file.diagnostic(
                        .error, "\(adapter.id)-pci-vendor",
                        "'\(text)' is not under the \(adapter.id) PCI vendor id \(adapter.pciVendorIDs.joined(separator: " or ")), so it cannot be this vendor's device",
                        at: range))
                continue
            }
            if let known = knownDevices.first(where: { $0.id == id }), let module = known.module, module != accelerator.id {
                found.append(
                    file.diagnostic(
                        .error, "\(adapter.id)-pci-device",
                        "'\(text)' is the \(known.name) (\(module)) per \(known.source), not \(accelerator.id)", at: range))
            }
        }
        return found
    }

    /// The product name starts with one of the vendor's brand prefixes
    /// (`<vendor>-naming`, warning), so listings group and search consistently.
    public static func naming(
        _ accelerator: AcceleratorDescriptor, file: DescriptorLocation, adapter: AdapterInfo, prefixes: [String]
    ) -> [Diagnostic] {
        guard !accelerator.name.isEmpty, !prefixes.contains(where: { accelerator.name.hasPrefix($0) }) else { return [] }
        let list = prefixes.map { "'\($0)'" }.joined(separator: " or ")
        return [
            file.diagnostic(
                .warning, "\(adapter.id)-naming",
                "name '\(accelerator.name)' does not start with \(list), the vendor's product brand", at: file.range(of: "name"),
                fix: "write '\(prefixes[0]) …'")
        ]
    }

    /// A vendor-block field holding a PCI vendor id must be the adapter's
    /// (`<vendor>-pci-vendor`, error).
    public static func pciVendorField(_ checker: inout VendorBlockChecker, key: String, adapter: AdapterInfo) {
        guard let (text, range) = checker.text(key) else { return }
        if !adapter.pciVendorIDs.isEmpty, !adapter.pciVendorIDs.contains(text) {
            checker.report(
                .error, "pci-vendor",
                "'\(checker.path(key))' is '\(text)', but the \(adapter.id) PCI vendor id is \(adapter.pciVendorIDs.joined(separator: " or "))",
                at: range)
        }
    }
}
