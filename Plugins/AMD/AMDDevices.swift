import OAMAdapterAPI

/// AMD Instinct PCI device ids (vendor 1002) from pci.ids.
enum AMDDevices {
    static let all: [KnownDevice] = [
        KnownDevice("1002:7408", "Instinct MI250X", module: "amd/mi250x", source: AMDSources.pciIDs, tier: .thirdParty),
        KnownDevice(
            "1002:740c", "Instinct MI250X/MI250", module: "amd/mi250x", source: AMDSources.pciIDs, tier: .thirdParty,
            note: "pci.ids names this id for both the MI250X and the MI250 (amd/mi250); the registry lists it under the MI250X"),
        KnownDevice("1002:740f", "Instinct MI210", module: "amd/mi210", source: AMDSources.pciIDs, tier: .thirdParty),
        KnownDevice("1002:74a1", "Instinct MI300X", module: "amd/mi300x", source: AMDSources.pciIDs, tier: .thirdParty),
        KnownDevice(
            "1002:74a9", "Instinct MI300X HF", module: nil, source: AMDSources.pciIDs, tier: .thirdParty,
            note: "an MI300X variant the registry does not describe"),
        KnownDevice(
            "1002:74bd", "Instinct MI300X HF", module: nil, source: AMDSources.pciIDs, tier: .thirdParty,
            note: "an MI300X variant the registry does not describe"),
        KnownDevice(
            "1002:74b5", "Instinct MI300X VF", module: "amd/mi300x", source: AMDSources.pciIDs, tier: .thirdParty,
            note: "SR-IOV virtual function: a virtual machine's view of an MI300X"),
        KnownDevice("1002:74a5", "Instinct MI325X", module: "amd/mi325x", source: AMDSources.pciIDs, tier: .thirdParty),
        KnownDevice(
            "1002:74b9", "Instinct MI325X VF", module: "amd/mi325x", source: AMDSources.pciIDs, tier: .thirdParty,
            note: "SR-IOV virtual function: a virtual machine's view of an MI325X"),
        KnownDevice("1002:75a0", "Instinct MI350X", module: "amd/mi350x", source: AMDSources.pciIDs, tier: .thirdParty),
        KnownDevice("1002:75a3", "Instinct MI355X", module: "amd/mi355x", source: AMDSources.pciIDs, tier: .thirdParty),
    ]
}
