import OAMAdapterAPI

/// Habana Labs PCI device ids (vendor 1da3).
enum IntelDevices {
    static let all: [KnownDevice] = [
        KnownDevice("1da3:1020", "Gaudi2", module: "intel/gaudi2", source: IntelSources.pciIDs, tier: .thirdParty),
        KnownDevice("1da3:1060", "Gaudi3 (HL-325L)", module: "intel/gaudi3", source: IntelSources.supermicro, tier: .press),
        KnownDevice(
            "1da3:1063", "Gaudi3 HL-338 PCIe card", module: "intel/gaudi3-hl338", source: IntelSources.pciIDs,
            tier: .thirdParty,
            note: "pci.ids names the add-in card family; whether the China HL-388 card shares the id is not stated"),
    ]
}
