import OAMAdapterAPI
import OAMCore
import OAMRegistry

/// Matches a PCI scan to registry modules through the adapters: the vendor's in-tree
/// adapter, else an out-of-tree adapter that claims the PCI vendor, else the generic
/// adapter (the descriptors' `pci_ids`). Vendor tool output, when given, adds names,
/// memory and versions, and places devices an id alone cannot.
public struct Prober: Sendable {
    public var registry: Registry
    public var adapters: [any AcceleratorAdapter]
    /// Out-of-tree adapters with the PCI vendor ids they declared in `describe`.
    public var external: [(endpoint: ExternalAdapter, info: AdapterInfo)]
    /// Captured vendor tool output.
    public var tools: [ToolOutput]

    public init(
        registry: Registry, adapters: [any AcceleratorAdapter] = BuiltInAdapters.vendorAdapters,
        external: [(endpoint: ExternalAdapter, info: AdapterInfo)] = [], tools: [ToolOutput] = []
    ) {
        self.registry = registry
        self.adapters = adapters
        self.external = external
        self.tools = tools
    }

    public func probe(_ scan: PCIScan) -> ProbeResult {
        let accelerators = registry.accelerators
        var devices: [ProbeResult.Device] = []
        var problems: [AdapterProblem] = []
        var ignored = 0
        var pendingExternal: [Int: [PCIDevice]] = [:]

        for pci in scan.devices {
            guard let id = pci.id else {
                ignored += 1
                continue
            }
            let device: ProbeResult.Device?
            if let adapter = adapters.first(where: { $0.info.pciVendors.contains(id.vendor) }) {
                device = inTreeDevice(pci, adapter: adapter, among: accelerators)
            } else if let index = external.firstIndex(where: { $0.info.pciVendors.contains(id.vendor) }) {
                // Out-of-tree adapters answer in one request per adapter, after the scan.
                if AcceleratorClass.isCandidate(pci) { pendingExternal[index, default: []].append(pci) } else { ignored += 1 }
                continue
            } else {
                device = genericDevice(pci, among: accelerators)
            }
            if let device { devices.append(device) } else { ignored += 1 }
        }
        for (index, pcis) in pendingExternal.sorted(by: { $0.key < $1.key }) {
            devices += externalDevices(pcis, adapter: external[index], problems: &problems)
        }
        var warnings = scan.warnings
        let unplaced = applyToolOutput(to: &devices, among: accelerators, warnings: &warnings, problems: &problems)

        devices.sort { $0.pci.address < $1.pci.address }
        return ProbeResult(
            sysfsRoot: scan.root, devices: devices, counts: Self.counts(devices, registry: registry), ignored: ignored,
            warnings: warnings, problems: problems, unplacedReports: unplaced)
    }

    /// The device as the vendor's in-tree adapter places it; nil (ignored) when the adapter
    /// does not know it and it is no accelerator candidate.
    private func inTreeDevice(
        _ pci: PCIDevice, adapter: any AcceleratorAdapter, among accelerators: [AcceleratorDescriptor]
    ) -> ProbeResult.Device? {
        let match = adapter.match(pci, among: accelerators.filter { adapter.info.vendors.contains($0.vendor) })
        if let match, !match.modules.isEmpty || match.name != nil || AcceleratorClass.isCandidate(pci) {
            return .init(pci: pci, adapter: adapter.info.id, modules: match.modules, name: match.name, note: match.note)
        }
        if AcceleratorClass.isCandidate(pci), match == nil {
            return .init(
                pci: pci, adapter: adapter.info.id, modules: [], note: "not recognised by the \(adapter.info.id) adapter")
        }
        return nil
    }

    /// The device as the generic adapter (the descriptors' `pci_ids`) places it, or as an
    /// unclaimed processing accelerator; nil (ignored) otherwise.
    private func genericDevice(_ pci: PCIDevice, among accelerators: [AcceleratorDescriptor]) -> ProbeResult.Device? {
        if let match = BuiltInAdapters.generic.match(pci, among: accelerators) {
            return .init(
                pci: pci, adapter: BuiltInAdapters.generic.info.id, modules: match.modules, name: match.name, note: match.note)
        }
        if AcceleratorClass.isProcessingAccelerator(pci) {
            return .init(pci: pci, adapter: nil, modules: [], note: "no adapter claims PCI vendor \(pci.vendor)")
        }
        return nil
    }

    /// Asks one out-of-tree adapter to place `pcis` in a single `discover` request; a device
    /// it does not answer for stays listed, with a note naming the adapter.
    private func externalDevices(
        _ pcis: [PCIDevice], adapter: (endpoint: ExternalAdapter, info: AdapterInfo), problems: inout [AdapterProblem]
    ) -> [ProbeResult.Device] {
        let (endpoint, info) = adapter
        let modules = ModuleResolver(registry: registry).modules(ofVendors: info.vendors)
        let request = AdapterRequest(
            method: .discover, params: AdapterParams(devices: pcis, modules: modules), host: HostIdentity.description)
        var matches: [String: DeviceMatch] = [:]
        switch endpoint.send(request) {
        case .success(let response):
            if let failure = response.error {
                problems.append(
                    AdapterProblem(
                        adapter: endpoint.name, kind: .adapterError,
                        detail: "discover failed: \(failure.code): \(failure.message)"))
            }
            let answer = DiscoverAnswer.checked(
                response.result?.matches ?? [], asked: pcis, modules: modules, adapter: endpoint.name)
            matches = answer.matches
            problems += answer.problems
        case .failure(let problem):
            problems.append(problem)
        }
        return pcis.map { pci in
            let match = matches[pci.address]
            return .init(
                pci: pci, adapter: info.id, modules: match?.modules ?? [], name: match?.name,
                note: match?.note ?? (match == nil ? "not recognised by \(endpoint.name)" : nil))
        }
    }

    /// Hands each captured tool output to the adapter that reads it and attaches the reports
    /// to the devices they name by PCI address; returns the reports no device takes.
    private func applyToolOutput(
        to devices: inout [ProbeResult.Device], among accelerators: [AcceleratorDescriptor], warnings: inout [String],
        problems: inout [AdapterProblem]
    ) -> [DeviceReport] {
        var unplaced: [DeviceReport] = []
        for output in tools {
            guard let adapter = adapters.first(where: { adapter in adapter.info.tools.contains { Self.names(output.tool, $0) } })
            else {
                problems.append(
                    AdapterProblem(adapter: output.tool, kind: .adapterError, detail: "no adapter reads this tool's output"))
                continue
            }
            for enriched in adapter.enrich(output, among: accelerators.filter { adapter.info.vendors.contains($0.vendor) }) {
                let (report, figureWarnings) = enriched.withoutImpossibleFigures()
                warnings += figureWarnings
                if let address = report.address, let index = devices.firstIndex(where: { $0.pci.address == address }) {
                    devices[index].report = report
                    if devices[index].modules.count != 1, !report.modules.isEmpty { devices[index].modules = report.modules }
                } else {
                    unplaced.append(report)
                }
            }
        }
        return unplaced
    }

    /// True when a `--tool-output` name ("nvidia-smi", "nvidia-smi -q -x") names `tool`.
    static func names(_ given: String, _ tool: VendorTool) -> Bool {
        given == tool.commandLine || given == tool.executable
    }

    static func counts(_ devices: [ProbeResult.Device], registry: Registry) -> [ProbeResult.ModuleCount] {
        var byModule: [String: Int] = [:]
        for device in devices where device.modules.count == 1 { byModule[device.modules[0], default: 0] += 1 }
        return byModule.keys.sorted().map { module in
            let perModule = max(1, registry.accelerator(module)?.devicesPerModule ?? 1)
            let count = byModule[module]!
            return ProbeResult.ModuleCount(module: module, devices: count, modules: (count + perModule - 1) / perModule)
        }
    }
}
