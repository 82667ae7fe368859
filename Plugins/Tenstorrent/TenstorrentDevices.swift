import OAMAdapterAPI

/// Tenstorrent PCI device ids (vendor 1e52), from the kernel driver.
enum TenstorrentDevices {
    static let all: [KnownDevice] = [
        KnownDevice(
            "1e52:b140", "Blackhole", module: nil, source: TenstorrentSources.kmdIDs, tier: .vendor,
            note:
                "one id for every Blackhole board (p100a, p150a/b, p300); the descriptors that list it are the candidates, and tt-smi's board type tells them apart"
        ),
        KnownDevice(
            "1e52:401e", "Wormhole", module: nil, source: TenstorrentSources.kmdIDs, tier: .vendor,
            note: "Wormhole n150/n300 cards; not in the registry"),
        KnownDevice(
            "1e52:faca", "Grayskull", module: nil, source: TenstorrentSources.kmdIDs, tier: .vendor,
            note: "Grayskull e75/e150 cards; not in the registry"),
    ]
}
