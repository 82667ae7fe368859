import AMDAdapter
import AWSAdapter
import AlibabaAdapter
import BirenAdapter
import CambriconAdapter
import EnflameAdapter
import GenericAdapter
import GoogleAdapter
import HuaweiAdapter
import HygonAdapter
import IluvatarAdapter
import IntelAdapter
import KunlunxinAdapter
import MetaXAdapter
import MooreThreadsAdapter
import NVIDIAAdapter
import OAMAdapterAPI
import TenstorrentAdapter

/// Every in-tree adapter (`Plugins/<Vendor>/`, target `<Vendor>Adapter`), vendor ones
/// first, the generic one last. A test fails when a folder under Plugins/ has no entry
/// here or a registry vendor has no adapter.
public enum BuiltInAdapters {
    public static let all: [any AcceleratorAdapter] = [
        AlibabaPlugin(),
        AMDPlugin(),
        AWSPlugin(),
        BirenPlugin(),
        CambriconPlugin(),
        EnflamePlugin(),
        GooglePlugin(),
        HuaweiPlugin(),
        HygonPlugin(),
        IluvatarPlugin(),
        IntelPlugin(),
        KunlunxinPlugin(),
        MetaXPlugin(),
        MooreThreadsPlugin(),
        NVIDIAPlugin(),
        TenstorrentPlugin(),
        generic,
    ]

    /// The adapter for vendors without their own.
    public static let generic: any AcceleratorAdapter = GenericPlugin()

    /// The vendor adapters (all but the generic one).
    public static var vendorAdapters: [any AcceleratorAdapter] { all.filter { $0.info.id != generic.info.id } }

    /// The in-tree adapter that speaks for a registry vendor, or `nil`.
    public static func adapter(forVendor vendor: String) -> (any AcceleratorAdapter)? {
        vendorAdapters.first { $0.covers(vendor: vendor) }
    }

    /// The in-tree adapter with this id (`amd`, `generic`), or `nil`.
    public static func adapter(id: String) -> (any AcceleratorAdapter)? {
        all.first { $0.info.id == id.lowercased() }
    }

    /// The adapter for a vendor, falling back to the generic one.
    public static func resolve(vendor: String) -> any AcceleratorAdapter {
        adapter(forVendor: vendor) ?? generic
    }
}
