import OAMCore

/// A vendor adapter: what one vendor's code knows about its modules beyond the registry's
/// YAML — how to validate its `x-<vendor>:` block, which software stack enables which
/// precision, what the runtime reserves, which PCI ids are which module.
///
/// Adapters are pure and fast: no I/O, no global state, no clocks. The host calls them
/// from any thread. The same behaviour is reachable over the JSON protocol (`oam adapter
/// serve`), so an adapter can move out of tree without changing what it answers.
public protocol AcceleratorAdapter: Sendable {
    /// Who the adapter is and what it covers.
    var info: AdapterInfo { get }

    /// Findings about one descriptor of this adapter's vendor, beyond the schema: the
    /// vendor block, PCI ids, naming. Positions come from `file.root` (the whole document)
    /// and `accelerator.vendorBlocks` (the `x-<vendor>` values).
    func validate(_ accelerator: AcceleratorDescriptor, file: DescriptorLocation) -> [Diagnostic]

    /// What the module can really do under `stack` (e.g. "ROCm 6.2"); `nil` stack means
    /// the newest stack the adapter knows. Returns `nil` when the adapter knows nothing
    /// about the module: the solver then applies its conservative defaults and says so.
    func capabilities(for accelerator: AcceleratorDescriptor, stack: String?) -> CapabilityReport?

    /// Which registry modules a PCI device is, among `accelerators` (the registry's
    /// modules of this adapter's vendors). `nil` when the device is not this vendor's
    /// accelerator at all.
    func match(_ device: PCIDevice, among accelerators: [AcceleratorDescriptor]) -> DeviceMatch?

    /// What a vendor tool's captured output says about the installed devices. Only
    /// tools whose output format the vendor documents publicly are read.
    func enrich(_ output: ToolOutput, among accelerators: [AcceleratorDescriptor]) -> [DeviceReport]

    /// Requests and the responses they must produce; the test suite and `oam adapter
    /// check` run them against this adapter and against any out-of-tree adapter for the
    /// same vendor.
    var examples: [GoldenExample] { get }

    /// Registry ids the adapter has knowledge of (capability tables, PCI ids).
    var modules: [String] { get }
}

extension AcceleratorAdapter {
    public func validate(_ accelerator: AcceleratorDescriptor, file: DescriptorLocation) -> [Diagnostic] { [] }

    public func match(_ device: PCIDevice, among accelerators: [AcceleratorDescriptor]) -> DeviceMatch? {
        DeviceMatcher.match(device, knownDevices: [], adapter: info, among: accelerators)
    }

    public func enrich(_ output: ToolOutput, among accelerators: [AcceleratorDescriptor]) -> [DeviceReport] { [] }

    public var examples: [GoldenExample] { [] }

    public var modules: [String] { [] }

    /// True when this adapter speaks for the registry vendor `vendor`.
    public func covers(vendor: String) -> Bool { info.vendors.contains(vendor) }
}
