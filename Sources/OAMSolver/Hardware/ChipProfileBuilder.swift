import OAMAdapterAPI
import OAMCore

/// Builds a `ChipProfile` from a descriptor, an optional capability report and the
/// defaults, recording where every figure came from.
public enum ChipProfileBuilder {
    public static func build(
        _ a: AcceleratorDescriptor, report: CapabilityReport?, defaults: SolverDefaults, nodeSize: Int? = nil
    ) -> ChipProfile {
        let dies = InputBounds.clamp(a.devicesPerModule, InputBounds.devicesPerModule)
        var notes: [String] = []
        var unknown: Set<String> = []
        var assumptions: [String] = []
        if !a.devicesPerModuleKnown {
            assumptions.append("devices per module of \(a.id) unknown: 1 assumed (memory, bandwidth and peaks not split)")
        }
        if dies > 1 {
            notes.append("\(a.id) carries \(dies) devices per module; memory, bandwidth and peaks are split evenly per device")
        }

        func registry(_ figure: Figure<Quantity>?, perDevice: Bool = true) -> Sourced? {
            guard let figure else { return nil }
            // A value that is not a positive finite number is as good as unknown.
            guard let value = figure.value?.value, value.isFinite, value > 0 else {
                unknown.insert(figure.path)
                return nil
            }
            let tier = a.evidence.tier(of: figure.path) ?? .thirdParty
            return Sourced(perDevice ? value / Double(dies) : value, tier: tier, origin: .registry(path: figure.path))
        }
        // A reported figure that is not a positive finite number is as good as unknown.
        func reported<T>(_ r: Reported<T>?, _ transform: (T) -> Double) -> Sourced? {
            guard let r else { return nil }
            let value = transform(r.value)
            guard value.isFinite, value > 0 else { return nil }
            return Sourced(value, tier: r.tier, origin: .report(source: r.source))
        }

        let capacity = registry(a.memory.capacity)
        var exposed = report?.usableMemoryBytes.flatMap {
            $0.value.isFinite && $0.value > 0 ? Sourced($0.value, tier: $0.tier, origin: .report(source: $0.source)) : nil
        }
        if exposed == nil, let capacity {
            exposed = Sourced(
                capacity.value - defaults.driverReserve.value, tier: capacity.tier,
                origin: .assumption(name: defaults.driverReserve.name))
        }
        let bandwidth = registry(a.memory.bandwidth)

        var peaks: [Precision: Sourced] = [:]
        for (precision, figure) in a.peakDense {
            if let value = registry(figure) { peaks[precision] = value }
        }

        var support: [Precision: PrecisionStatus] = [:]
        for precision in Precision.allCases {
            if let entry = report?.support(for: precision) {
                switch entry.level {
                case .native: support[precision] = .native(evidence: "adapter report (\(entry.source))")
                case .emulated:
                    support[precision] = .emulated(
                        method: entry.method ?? "weight-only", evidence: "adapter report (\(entry.source))")
                case .unsupported: support[precision] = .unsupported(evidence: "adapter report (\(entry.source))")
                }
            } else if a.unsupported.contains(precision) {
                support[precision] = .unsupported(evidence: "descriptor lists \(precision.rawValue) under unsupported")
            } else if let peak = peaks[precision] {
                support[precision] = .native(
                    evidence: "descriptor peak_dense.\(precision.rawValue) = \(Units.flops(peak.value * Double(dies))) per module"
                )
            } else if a.peakDense[precision] != nil {
                support[precision] = .unknown(evidence: "descriptor peak_dense.\(precision.rawValue) is unknown")
            } else {
                support[precision] = .unknown(evidence: "descriptor gives no peak_dense.\(precision.rawValue)")
            }
        }

        // A block-scaled format that neither the report nor the descriptor mentions runs on
        // its element type's path (MXFP4 and NVFP4 on the E2M1 tensor cores) at that peak;
        // the evidence says it was inherited.
        for precision in Precision.allCases where precision.element != precision && a.peakDense[precision] == nil {
            guard case .unknown = support[precision], let base = support[precision.element] else { continue }
            support[precision] = base.inherited(by: precision)
            if let peak = peaks[precision.element] { peaks[precision] = peak }
        }

        // Scale-up domain and links.
        var domain: Sourced
        if let size = nodeSize {
            domain = Sourced(Double(size), tier: .vendor, origin: .assumption(name: "--node-size"))
        } else if let r = report?.scaleUp?.domainSize, r.value > 0 {
            domain = Sourced(Double(r.value), tier: r.tier, origin: .report(source: r.source))
        } else if let figure = a.scaleUp?.domainSize, let value = figure.value, value > 0 {
            domain = Sourced(
                Double(value), tier: a.evidence.tier(of: figure.path) ?? .thirdParty, origin: .registry(path: figure.path))
        } else {
            if let figure = a.scaleUp?.domainSize { unknown.insert(figure.path) }
            domain = Sourced(defaults.domainSize)
            notes.append(
                "scale-up domain of \(a.id) unknown: \(Int(defaults.domainSize.value)) modules per node assumed (OCP UBB / 8-card server)"
            )
        }
        let domainDevices = InputBounds.floor(domain.value, in: InputBounds.domainModules) * dies

        let topologyName = (report?.scaleUp?.topology ?? a.scaleUp?.topology)?.lowercased()
        var topology: LinkProfile.Topology
        switch topologyName {
        case "switched": topology = .switched
        case "fully-connected": topology = .pointToPoint
        case "point-to-point", "mesh", "hypercube", "hybrid-cube-mesh", "almost-fully-connected", "torus":
            topology = .pointToPoint
            assumptions.append(
                "scale-up topology \(topologyName!) of \(a.id) modelled as point-to-point: a group of n devices uses the links to its n − 1 peers, (n − 1)/(domain − 1) of the scale-up bandwidth"
            )
        case "bridge":
            topology = .pointToPoint
            assumptions.append(
                "scale-up topology bridge of \(a.id) modelled as point-to-point over the bridge links: a group of n devices uses (n − 1)/(domain − 1) of the bridge bandwidth"
            )
        case "ring":
            topology = .ring
            assumptions.append(
                "scale-up topology ring of \(a.id) modelled as a ring: a neighbour gets one link (half the scale-up bandwidth); all-reduce runs as a ring at that per-link bandwidth (bandwidth-optimal), other collectives too"
            )
        default:
            topology = .hostLink
        }
        var linkBandwidth: Sourced
        let hostLink: Sourced? = {
            guard let host = a.hostInterface?.value, host.bandwidthPerDirection.isFinite, host.bandwidthPerDirection > 0 else {
                return nil
            }
            let path = a.hostInterface?.path ?? "host_interface"
            return Sourced(
                host.bandwidthPerDirection / Double(dies), tier: a.evidence.tier(of: path) ?? .thirdParty,
                origin: .registry(path: path))
        }()
        let scaleUpFigure: Sourced? = {
            guard let up = a.scaleUp, let total = up.bandwidthPerDirection, total.isFinite, total > 0 else { return nil }
            let path =
                up.totalBandwidth?.value != nil ? (up.totalBandwidth?.path ?? "scale_up") : (up.linkBandwidth?.path ?? "scale_up")
            return Sourced(total / Double(dies), tier: a.evidence.tier(of: path) ?? .thirdParty, origin: .registry(path: path))
        }()
        if let r = report?.scaleUp?.perPeerBytesPerSecond, r.value.isFinite, r.value > 0 {
            // Through a switch one peer gets the whole bandwidth; point to point, each peer its
            // links; in a ring, each of two neighbours one link.
            if topology == .hostLink { topology = .switched }
            let peers = topology == .pointToPoint ? Double(max(1, domainDevices - 1)) : (topology == .ring ? 2 : 1)
            linkBandwidth = Sourced(r.value * peers, tier: r.tier, origin: .report(source: r.source))
        } else if topology != .hostLink, let figure = scaleUpFigure {
            linkBandwidth = figure
        } else if let host = hostLink {
            if topology != .hostLink, let path = a.scaleUp?.totalBandwidth?.path { unknown.insert(path) }
            topology = .hostLink
            linkBandwidth = host
            let name = a.hostInterface?.value.map { "\($0)" } ?? "host link"
            notes.append(
                "scale-up bandwidth of \(a.id) unknown: tensor-parallel traffic planned over its host link \(name) (\(Units.bandwidth(host.value * Double(dies))) per direction)"
            )
            if topologyName == nil || topologyName == "none" || topologyName == "unknown"
                || ![
                    "switched", "fully-connected", "point-to-point", "mesh", "hypercube", "hybrid-cube-mesh",
                    "almost-fully-connected", "torus", "bridge", "ring",
                ].contains(topologyName!)
            {
                assumptions.append(
                    "scale-up topology of \(a.id) \(topologyName.map { "is \($0)" } ?? "not stated"): peer traffic planned over the host link (\(Units.bandwidth(host.value)) per device per direction), not the scale-up fabric"
                )
            } else {
                assumptions.append(
                    "scale-up bandwidth of \(a.id) unknown: peer traffic planned over the host link (\(Units.bandwidth(host.value)) per device per direction)"
                )
            }
        } else {
            topology = .hostLink
            linkBandwidth = Sourced(32e9, tier: .thirdParty, origin: .assumption(name: "PCIe 4.0 x16 host link"))
            notes.append("neither scale-up nor host-link bandwidth of \(a.id) is known: 32 GB/s (PCIe 4.0 x16) assumed")
            assumptions.append(
                "scale-up topology of \(a.id) \(topologyName.map { "is \($0)" } ?? "not stated") and no host-link bandwidth known: peer traffic planned over an assumed PCIe 4.0 x16 host link (32 GB/s per direction)"
            )
        }
        if topology != .hostLink, let up = a.scaleUp, up.direction == .unstated, up.bandwidthPerDirection != nil,
            report?.scaleUp?.perPeerBytesPerSecond.map({ $0.note?.contains("derived from the descriptor") ?? false }) ?? true
        {
            assumptions.append(
                "scale-up bandwidth of \(a.id) does not state its direction: read as both directions summed and halved")
        }
        let measured = reported(report?.scaleUp?.allReduceBytesPerSecond) { $0 }
        let link = LinkProfile(
            topology: topology, bandwidth: linkBandwidth, measuredAllReduce: measured, domainDevices: domainDevices,
            efficiency: Sourced(defaults.allReduceEfficiency), latency: Sourced(defaults.collectiveLatency))

        let reportedScaleOut = reported(report?.scaleOutBytesPerSecond) { $0 }
        var scaleOut = reportedScaleOut ?? Sourced(defaults.scaleOutBandwidth)
        if reportedScaleOut == nil, let out = a.scaleOut, let ports = out.ports?.value,
            let port = out.portBandwidth?.value?.value,
            ports > 0, port.isFinite, port > 0, (Double(ports) * port).isFinite
        {
            let path = out.portBandwidth?.path ?? "scale_out"
            scaleOut = Sourced(
                Double(ports) * port / Double(dies), tier: a.evidence.tier(of: path) ?? .thirdParty, origin: .registry(path: path)
            )
        }

        // Measured ceilings must be fractions in (0, 1]; anything else falls back to the default.
        func fraction(_ r: Reported<Double>?) -> Sourced? {
            guard let r, r.value.isFinite, r.value > 0 else { return nil }
            return Sourced(min(1, r.value), tier: r.tier, origin: .report(source: r.source))
        }
        let computeFraction = fraction(report?.sustainedComputeFraction) ?? Sourced(defaults.computeFraction)
        let bandwidthFraction = fraction(report?.sustainedBandwidthFraction) ?? Sourced(defaults.bandwidthFraction)
        var computeFractions: [Precision: Sourced] = [:]
        for measured in report?.sustainedComputeByPrecision ?? [] where measured.precision != .bf16 {
            if let f = fraction(Reported(measured.fraction, source: measured.source, tier: measured.tier)) {
                computeFractions[measured.precision] = f
            }
        }

        return ChipProfile(
            id: a.id, name: a.name, formFactor: a.formFactor, devicesPerModule: dies,
            capacity: capacity, exposed: exposed, bandwidth: bandwidth, peaks: peaks, support: support,
            link: link, scaleOut: scaleOut, crossNodeLatency: Sourced(defaults.crossNodeLatency),
            tdp: registry(a.power.tdp, perDevice: false),
            computeFraction: computeFraction, computeFractions: computeFractions, bandwidthFraction: bandwidthFraction,
            engineOverhead: Sourced(defaults.engineOverhead), unknownPaths: unknown, notes: notes, assumptions: assumptions)
    }
}
