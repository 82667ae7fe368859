import OAMAdapterAPI
import OAMCore

/// One reading of a descriptor (and an adapter report) into per-device figures, step by
/// step: what `ChipProfileBuilder` assembles. Collects the paths found unknown, the notes
/// on how figures were derived and the assumptions made where the descriptor is silent.
struct ChipReading {
    let accelerator: AcceleratorDescriptor
    let report: CapabilityReport?
    let defaults: SolverDefaults
    /// Logical devices per module: figures per module are split evenly over them.
    let dies: Int
    var unknown: Set<String> = []
    var notes: [String] = []
    var assumptions: [String] = []

    init(_ a: AcceleratorDescriptor, report: CapabilityReport?, defaults: SolverDefaults) {
        accelerator = a
        self.report = report
        self.defaults = defaults
        dies = InputBounds.clamp(a.devicesPerModule, InputBounds.devicesPerModule)
        if !a.devicesPerModuleKnown {
            assumptions.append("devices per module of \(a.id) unknown: 1 assumed (memory, bandwidth and peaks not split)")
        }
        if dies > 1 {
            notes.append("\(a.id) carries \(dies) devices per module; memory, bandwidth and peaks are split evenly per device")
        }
    }

    /// A descriptor figure per device (or per module), or `nil` with its path recorded
    /// as unknown: a value that is not a positive finite number is as good as unknown.
    mutating func registry(_ figure: Figure<Quantity>?, perDevice: Bool = true) -> Sourced? {
        guard let figure else { return nil }
        guard let value = figure.value?.value, value.isFinite, value > 0 else {
            unknown.insert(figure.path)
            return nil
        }
        return Sourced(perDevice ? value / Double(dies) : value, tier: tier(figure.path), origin: .registry(path: figure.path))
    }

    /// A reported figure, or `nil` when it is not a positive finite number.
    func reported(_ r: Reported<Double>?) -> Sourced? {
        guard let r, r.value.isFinite, r.value > 0 else { return nil }
        return Sourced(r.value, tier: r.tier, origin: .report(source: r.source))
    }

    /// The evidence tier the descriptor gives the figure at `path`.
    func tier(_ path: String) -> EvidenceTier { accelerator.evidence.tier(of: path) ?? .thirdParty }

    /// Memory the runtime exposes: the adapter's figure, else capacity less the driver reserve.
    func exposedMemory(capacity: Sourced?) -> Sourced? {
        if let exposed = reported(report?.usableMemoryBytes) { return exposed }
        return capacity.map {
            Sourced(
                $0.value - defaults.driverReserve.value, tier: $0.tier, origin: .assumption(name: defaults.driverReserve.name))
        }
    }

    /// Known dense peaks per device, by precision.
    mutating func peaks() -> [Precision: Sourced] {
        var peaks: [Precision: Sourced] = [:]
        for (precision, figure) in accelerator.peakDense {
            if let value = registry(figure) { peaks[precision] = value }
        }
        return peaks
    }

    /// Support of every precision: the report first, then the descriptor's lists and peaks.
    func support(peaks: [Precision: Sourced]) -> [Precision: PrecisionStatus] {
        var support: [Precision: PrecisionStatus] = [:]
        for precision in Precision.allCases {
            let name = precision.rawValue
            if let entry = report?.support(for: precision) {
                let evidence = "adapter report (\(entry.source))"
                switch entry.level {
                case .native: support[precision] = .native(evidence: evidence)
                case .emulated: support[precision] = .emulated(method: entry.method ?? "weight-only", evidence: evidence)
                case .unsupported:
                    // A format the stack only lacks says from which stack on it runs.
                    let needs = entry.minimumStack.map { "adapter report: needs \($0) or newer (\(entry.source))" }
                    support[precision] = .unsupported(evidence: needs ?? evidence)
                }
            } else if accelerator.unsupported.contains(precision) {
                support[precision] = .unsupported(evidence: "descriptor lists \(name) under unsupported")
            } else if let peak = peaks[precision] {
                let value = Quantity.format(peak.value * Double(dies), precision.throughputDimension)
                support[precision] = .native(
                    evidence: peak.isGiven
                        ? "assumed peak_dense.\(name) = \(value) per module (\(peak.originText))"
                        : "descriptor peak_dense.\(name) = \(Units.flops(peak.value * Double(dies))) per module")
            } else if accelerator.peakDense[precision] != nil {
                support[precision] = .unknown(evidence: "descriptor peak_dense.\(name) is unknown")
            } else {
                support[precision] = .unknown(evidence: "descriptor gives no peak_dense.\(name)")
            }
        }
        return support
    }

    /// A block-scaled format that neither the report nor the descriptor mentions runs on
    /// its element type's path (MXFP4 and NVFP4 on the E2M1 tensor cores) at that peak; the
    /// evidence says it was inherited.
    func inheritElementPaths(support: inout [Precision: PrecisionStatus], peaks: inout [Precision: Sourced]) {
        for precision in Precision.allCases where precision.element != precision && accelerator.peakDense[precision] == nil {
            guard case .unknown = support[precision], let base = support[precision.element] else { continue }
            support[precision] = base.inherited(by: precision)
            if let peak = peaks[precision.element] { peaks[precision] = peak }
        }
    }

    /// Modules in the scale-up domain: `--node-size`, the report, the descriptor, else the default.
    mutating func domain(nodeSize: Int?) -> Sourced {
        if let size = nodeSize { return Sourced(Double(size), tier: .vendor, origin: .assumption(name: "--node-size")) }
        if let r = report?.scaleUp?.domainSize, r.value > 0 {
            return Sourced(Double(r.value), tier: r.tier, origin: .report(source: r.source))
        }
        let figure = accelerator.scaleUp?.domainSize
        if let figure, let value = figure.value, value > 0 {
            return Sourced(Double(value), tier: tier(figure.path), origin: .registry(path: figure.path))
        }
        if let figure { unknown.insert(figure.path) }
        notes.append(
            "scale-up domain of \(accelerator.id) unknown: \(Int(defaults.domainSize.value)) modules per node assumed (OCP UBB / 8-card server)"
        )
        return Sourced(defaults.domainSize)
    }

    /// How the link is modelled and its bandwidth per device and direction: the report's
    /// per-peer figure, the descriptor's scale-up figure, the host link, else the default
    /// host link.
    mutating func link(domainDevices: Int) -> (LinkProfile.Topology, Sourced) {
        let stated = LinkTopologyReading(report: report?.scaleUp?.topology, descriptor: accelerator.scaleUp?.topology)
        var topology = stated.model
        if let assumption = stated.assumption(accelerator.id) { assumptions.append(assumption) }
        let bandwidth: Sourced
        if let perPeer = reported(report?.scaleUp?.perPeerBytesPerSecond) {
            // Through a switch one peer gets the whole bandwidth; point to point, each peer its
            // links; in a ring, each of two neighbours one link.
            if topology == .hostLink { topology = .switched }
            let peers = topology == .pointToPoint ? Double(max(1, domainDevices - 1)) : (topology == .ring ? 2 : 1)
            bandwidth = Sourced(perPeer.value * peers, tier: perPeer.tier, origin: perPeer.origin)
        } else if topology != .hostLink, let figure = scaleUpBandwidth() {
            bandwidth = figure
        } else {
            if topology != .hostLink, let path = accelerator.scaleUp?.totalBandwidth?.path { unknown.insert(path) }
            topology = .hostLink
            bandwidth = hostLink(stated)
        }
        if topology != .hostLink, readsUnstatedDirection() {
            assumptions.append(
                "scale-up bandwidth of \(accelerator.id) does not state its direction: read as both directions summed and halved")
        }
        return (topology, bandwidth)
    }

    /// The descriptor's scale-up bandwidth per device and direction.
    func scaleUpBandwidth() -> Sourced? {
        guard let up = accelerator.scaleUp, let total = up.bandwidthPerDirection, total.isFinite, total > 0 else { return nil }
        let path =
            up.totalBandwidth?.value != nil ? (up.totalBandwidth?.path ?? "scale_up") : (up.linkBandwidth?.path ?? "scale_up")
        return Sourced(total / Double(dies), tier: tier(path), origin: .registry(path: path))
    }

    /// Peer traffic over the host link: the descriptor's, else the PCIe default; says so.
    mutating func hostLink(_ stated: LinkTopologyReading) -> Sourced {
        let id = accelerator.id
        guard let host = accelerator.hostInterface?.value, host.bandwidthPerDirection.isFinite, host.bandwidthPerDirection > 0
        else {
            let fallback = defaults.hostLinkBandwidth
            notes.append("neither scale-up nor host-link bandwidth of \(id) is known: \(fallback.note) assumed")
            assumptions.append(
                "scale-up topology of \(id) \(stated.phrase) and no host-link bandwidth known: peer traffic planned over an assumed \(fallback.name) (\(Units.bandwidth(fallback.value)) per direction, \(fallback.source ?? "no source"))"
            )
            return Sourced(fallback)
        }
        let path = accelerator.hostInterface?.path ?? "host_interface"
        let perDevice = Sourced(host.bandwidthPerDirection / Double(dies), tier: tier(path), origin: .registry(path: path))
        notes.append(
            "scale-up bandwidth of \(id) unknown: tensor-parallel traffic planned over its host link \(host) (\(Units.bandwidth(host.bandwidthPerDirection)) per direction)"
        )
        let perDeviceText = "\(Units.bandwidth(perDevice.value)) per device per direction"
        if stated.isModelledFabric {
            assumptions.append("scale-up bandwidth of \(id) unknown: peer traffic planned over the host link (\(perDeviceText))")
        } else {
            assumptions.append(
                "scale-up topology of \(id) \(stated.phrase): peer traffic planned over the host link (\(perDeviceText)), not the scale-up fabric"
            )
        }
        return perDevice
    }

    /// True when the link bandwidth rests on a scale-up figure without a stated direction:
    /// the descriptor's own, or the per-peer figure an adapter derived from it unchanged.
    func readsUnstatedDirection() -> Bool {
        guard let up = accelerator.scaleUp, up.direction == .unstated, up.bandwidthPerDirection != nil else { return false }
        guard let perPeer = report?.scaleUp?.perPeerBytesPerSecond else { return true }
        return perPeer == DescriptorFacts.scaleUp(accelerator)?.perPeerBytesPerSecond
    }

    /// Bandwidth to other nodes per device and direction: the report, the module's own
    /// ports, else the default NIC.
    func scaleOut() -> Sourced {
        if let reported = reported(report?.scaleOutBytesPerSecond) { return reported }
        if let out = accelerator.scaleOut, let ports = out.ports?.value, let port = out.portBandwidth?.value?.value,
            ports > 0, port.isFinite, port > 0, (Double(ports) * port).isFinite
        {
            let path = out.portBandwidth?.path ?? "scale_out"
            return Sourced(Double(ports) * port / Double(dies), tier: tier(path), origin: .registry(path: path))
        }
        return Sourced(defaults.scaleOutBandwidth)
    }

    /// The measured large-GEMM and streaming ceilings (fractions in (0, 1]; anything else
    /// falls back to the default), and the GEMM ceiling by precision.
    func ceilings() -> (compute: Sourced, bandwidth: Sourced, byPrecision: [Precision: Sourced]) {
        func fraction(_ r: Reported<Double>?) -> Sourced? {
            guard let r, r.value.isFinite, r.value > 0 else { return nil }
            return Sourced(min(1, r.value), tier: r.tier, origin: .report(source: r.source))
        }
        var byPrecision: [Precision: Sourced] = [:]
        for measured in report?.sustainedComputeByPrecision ?? [] where measured.precision != .bf16 {
            if let f = fraction(Reported(measured.fraction, source: measured.source, tier: measured.tier)) {
                byPrecision[measured.precision] = f
            }
        }
        return (
            fraction(report?.sustainedComputeFraction) ?? Sourced(defaults.computeFraction),
            fraction(report?.sustainedBandwidthFraction) ?? Sourced(defaults.bandwidthFraction), byPrecision
        )
    }
}
