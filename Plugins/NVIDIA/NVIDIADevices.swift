import OAMAdapterAPI

/// NVIDIA data-centre GPU PCI device ids (vendor 10de) from pci.ids.
enum NVIDIADevices {
    static let all: [KnownDevice] = [
        KnownDevice(
            "10de:20b2", "A100 SXM4 80GB", module: "nvidia/a100-sxm-80gb", source: NVIDIASources.pciIDs, tier: .thirdParty),
        KnownDevice("10de:26b9", "AD102GL [L40S]", module: "nvidia/l40s", source: NVIDIASources.pciIDs, tier: .thirdParty),
        KnownDevice("10de:2330", "H100 SXM5 80GB", module: "nvidia/h100-sxm", source: NVIDIASources.pciIDs, tier: .thirdParty),
        KnownDevice("10de:2335", "H200 SXM 141GB", module: "nvidia/h200-sxm", source: NVIDIASources.pciIDs, tier: .thirdParty),
        KnownDevice("10de:2329", "H20", module: "nvidia/h20", source: NVIDIASources.pciIDs, tier: .thirdParty),
        KnownDevice(
            "10de:232c", "H20 HBM3e", module: nil, source: NVIDIASources.pciIDs, tier: .thirdParty,
            note: "a later H20 with HBM3e; the registry's nvidia/h20 is the 96 GB part"),
        KnownDevice("10de:2901", "B200", module: "nvidia/b200", source: NVIDIASources.pciIDs, tier: .thirdParty),
        KnownDevice(
            "10de:2909", "HGX B200 168GB", module: nil, source: NVIDIASources.pciIDs, tier: .thirdParty,
            note: "a B200 variant with less memory than the registry's nvidia/b200"),
    ]
}
