import OAMAdapterAPI

/// What `oam probe` found: the accelerators installed, matched to registry modules.
public struct ProbeResult: Sendable {
    /// One installed accelerator device.
    public struct Device: Sendable {
        public var pci: PCIDevice
        /// The adapter that recognised it (`amd`, `generic`, an executable), or `nil`.
        public var adapter: String?
        /// Registry ids it may be: one when certain.
        public var modules: [String]
        public var name: String?
        public var note: String?
        /// What the vendor's tool said about it, when a tool was read.
        public var report: DeviceReport?
    }

    /// Installed modules of one registry id.
    public struct ModuleCount: Sendable {
        public var module: String
        /// PCI functions matched to it.
        public var devices: Int
        /// Modules: devices ÷ the descriptor's devices per module, rounded up.
        public var modules: Int
    }

    public var sysfsRoot: String
    public var devices: [Device]
    public var counts: [ModuleCount]
    /// PCI functions that are not accelerators.
    public var ignored: Int
    /// Skipped sysfs entries and other notes.
    public var warnings: [String]
    /// Out-of-tree adapters or vendor tools that failed; the rest of the probe went on.
    public var problems: [AdapterProblem]
    /// Tool reports that name no device found in sysfs.
    public var unplacedReports: [DeviceReport]

    /// Devices not matched to exactly one registry module.
    public var unmatched: [Device] { devices.filter { $0.modules.count != 1 } }
}
