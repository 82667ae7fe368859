import OAMCore

/// An adapter whose knowledge is a table per module and a table of PCI device ids — the
/// shape of every in-tree adapter. Conforming supplies the tables; capability reports,
/// device matching and the covered-module list follow.
public protocol TableDrivenAdapter: AcceleratorAdapter {
    /// Per-module knowledge, keyed by registry id.
    var knowledge: [ModuleKnowledge] { get }
    /// PCI device ids the adapter recognises.
    var knownDevices: [KnownDevice] { get }
}

extension TableDrivenAdapter {
    /// The report from the module's table entry (or from the descriptor alone when there
    /// is none), for `stack`.
    public func capabilities(for accelerator: AcceleratorDescriptor, stack: String?) -> CapabilityReport? {
        ReportBuilder.report(
            for: accelerator, knowledge: knowledge.first { $0.module == accelerator.id }, stack: stack, stackName: info.stack)
    }

    public func match(_ device: PCIDevice, among accelerators: [AcceleratorDescriptor]) -> DeviceMatch? {
        DeviceMatcher.match(device, knownDevices: knownDevices, adapter: info, among: accelerators)
    }

    public var modules: [String] {
        Array(Set(knowledge.map(\.module) + knownDevices.compactMap(\.module))).sorted()
    }
}
