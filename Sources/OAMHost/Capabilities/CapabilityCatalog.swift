import OAMAdapterAPI
import OAMCore

/// Capability reports for the solver: the vendor's in-tree adapter, else the generic one.
///
/// `nil` means nothing is known about the module; the solver then applies its
/// conservative defaults and says so. A report's `nil` figures mean the same for that
/// figure (`CapabilityReport.unknownFields` lists them).
public struct CapabilityCatalog: Sendable {
    public let adapters: [any AcceleratorAdapter]
    /// For each vendor an adapter covers (`AcceleratorAdapter.covers(vendor:)`), the first
    /// such adapter's place in `adapters`: found once, since validation and the solver ask
    /// for every accelerator and a walk over all adapters each time showed in profiles.
    private let indexByVendor: [String: Int]

    public init(adapters: [any AcceleratorAdapter] = BuiltInAdapters.vendorAdapters) {
        self.adapters = adapters
        var index: [String: Int] = [:]
        for (position, adapter) in adapters.enumerated() {
            for vendor in adapter.info.vendors where index[vendor] == nil { index[vendor] = position }
        }
        self.indexByVendor = index
    }

    /// The catalog of in-tree adapters.
    public static let builtIn = CapabilityCatalog()

    /// The report for `accelerator` under `stack` ("ROCm 6.2", "CUDA 12.4"; `nil` for the
    /// newest stack the adapter knows).
    public func report(for accelerator: AcceleratorDescriptor, stack: String? = nil) -> CapabilityReport? {
        adapter(for: accelerator).capabilities(for: accelerator, stack: stack)
    }

    /// The adapter that answers for `accelerator`: its vendor's, else the generic one.
    public func adapter(for accelerator: AcceleratorDescriptor) -> any AcceleratorAdapter {
        indexByVendor[accelerator.vendor].map { adapters[$0] } ?? BuiltInAdapters.generic
    }

    /// `CapabilityCatalog.builtIn.report(for:stack:)`.
    public static func report(for accelerator: AcceleratorDescriptor, stack: String? = nil) -> CapabilityReport? {
        builtIn.report(for: accelerator, stack: stack)
    }
}
