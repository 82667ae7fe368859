import OAMCore

/// The matching every adapter starts from: a device of the adapter's PCI vendor is the
/// registry module whose `pci_ids` lists it, or the known device its id names.
public enum DeviceMatcher {
    /// Matches `device` against the adapter's known devices first, then the registry's
    /// `pci_ids` of the adapter's vendors. Devices of other PCI vendors get `nil`.
    public static func match(
        _ device: PCIDevice, knownDevices: [KnownDevice], adapter: AdapterInfo, among accelerators: [AcceleratorDescriptor]
    ) -> DeviceMatch? {
        guard let id = device.id else { return nil }
        let own = accelerators.filter { adapter.vendors.contains($0.vendor) }
        let listed = own.filter { $0.pciIDs.contains(id) }.map(\.id)
        if let known = knownDevices.first(where: { $0.id == id }) {
            var modules = listed
            if let module = known.module, own.contains(where: { $0.id == module }), !modules.contains(module) {
                modules.append(module)
            }
            return DeviceMatch(address: device.address, modules: modules.sorted(), name: known.name, note: known.note)
        }
        if !listed.isEmpty {
            return DeviceMatch(address: device.address, modules: listed.sorted())
        }
        guard adapter.pciVendors.contains(id.vendor) else { return nil }
        return DeviceMatch(
            address: device.address, modules: [], note: "device id \(id) is not in the registry or the adapter's table")
    }
}
