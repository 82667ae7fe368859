import OAMAdapterAPI

/// Tenstorrent Tensix processors under the open TT-Metalium / TT-NN stack: the Blackhole
/// PCI id (1e52:b140, shared by every Blackhole board), BLOCKFP8 and BF16 support with the
/// math fidelity that sets their rate, the `x-tenstorrent` block (part numbers, Tensix
/// cores).
public struct TenstorrentPlugin: TableDrivenAdapter {
    public init() {}

    public let info = AdapterInfo(
        id: "tenstorrent", name: "Tenstorrent Tensix (TT-Metalium / TT-NN)", vendors: ["tenstorrent"],
        pciVendorIDs: ["1e52"], version: "1.0.0", stack: "TT-Metalium")

    public var knowledge: [ModuleKnowledge] { TenstorrentKnowledge.all }
    public var knownDevices: [KnownDevice] { TenstorrentDevices.all }
    public var examples: [GoldenExample] { TenstorrentExamples.all }

    public func validate(_ accelerator: AcceleratorDescriptor, file: DescriptorLocation) -> [Diagnostic] {
        TenstorrentValidation.check(accelerator, file: file, adapter: info)
    }
}
