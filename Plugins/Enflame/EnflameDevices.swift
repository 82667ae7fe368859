import OAMAdapterAPI

/// Enflame PCI device ids (vendor 1e36) from pci.ids.
enum EnflameDevices {
    static let pciIDs = "https://github.com/pciutils/pciids/blob/006181e2c5d5b9a3b57d252aa5b3d827971d41a9/pci.ids"

    static let all: [KnownDevice] = [
        KnownDevice("1e36:0001", "T10", module: nil, source: pciIDs, tier: .thirdParty),
        KnownDevice("1e36:0002", "T11", module: nil, source: pciIDs, tier: .thirdParty),
        KnownDevice("1e36:0003", "T10 (QSFP-DD)", module: nil, source: pciIDs, tier: .thirdParty),
        KnownDevice("1e36:0021", "T20 32GB", module: "enflame/t20", source: pciIDs, tier: .thirdParty, note: "the 32 GB variant"),
        KnownDevice("1e36:0022", "T20 64GB", module: "enflame/t20", source: pciIDs, tier: .thirdParty),
        KnownDevice("1e36:0023", "T21 32GB", module: "enflame/t21", source: pciIDs, tier: .thirdParty, note: "the 32 GB variant"),
        KnownDevice("1e36:0024", "T21 64GB", module: "enflame/t21", source: pciIDs, tier: .thirdParty),
        KnownDevice("1e36:8001", "I20", module: nil, source: pciIDs, tier: .thirdParty),
        KnownDevice("1e36:8011", "I10", module: nil, source: pciIDs, tier: .thirdParty),
        KnownDevice("1e36:8012", "I10L", module: nil, source: pciIDs, tier: .thirdParty),
        KnownDevice("1e36:8031", "S6", module: nil, source: pciIDs, tier: .thirdParty),
        KnownDevice("1e36:8032", "S6", module: nil, source: pciIDs, tier: .thirdParty),
        KnownDevice("1e36:c031", "S30", module: nil, source: pciIDs, tier: .thirdParty),
        KnownDevice("1e36:c032", "S90 (48GB)", module: nil, source: pciIDs, tier: .thirdParty),
        KnownDevice(
            "1e36:c033", "S60G", module: "enflame/s60", source: pciIDs, tier: .thirdParty,
            note: "the S60G variant, listed under the S60's pci_variants"),
        KnownDevice("1e36:c035", "S60", module: "enflame/s60", source: pciIDs, tier: .thirdParty),
        KnownDevice("1e36:c041", "L300", module: nil, source: pciIDs, tier: .thirdParty),
        KnownDevice("1e36:c042", "L600", module: nil, source: pciIDs, tier: .thirdParty),
    ]
}
