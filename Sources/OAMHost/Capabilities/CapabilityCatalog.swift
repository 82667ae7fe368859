import OAMAdapterAPI
import OAMCore

/// Capability reports for the solver: the vendor's in-tree adapter, else the generic one.
///
/// `nil` means nothing is known about the module; the solver then applies its
/// conservative defaults and says so. A report's `nil` figures mean the same for that
/// figure (`CapabilityReport.unknownFields` lists them).
public struct CapabilityCatalog: Sendable {
    public let adapters: [any AcceleratorAdapter]

    public init(adapters: [any AcceleratorAdapter] = BuiltInAdapters.vendorAdapters) {
        self.adapters = adapters
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
        adapters.first { $0.covers(vendor: accelerator.vendor) } ?? BuiltInAdapters.generic
    }

    /// `CapabilityCatalog.builtIn.report(for:stack:)`.
    public static func report(for accelerator: AcceleratorDescriptor, stack: String? = nil) -> CapabilityReport? {
        builtIn.report(for: accelerator, stack: stack)
    }
}
