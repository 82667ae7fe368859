import OAMAdapterAPI
import OAMCore

/// Builds a `ChipProfile` from a descriptor, an optional capability report and the
/// defaults, recording where every figure came from.
public enum ChipProfileBuilder {
    public static func build(_ a: AcceleratorDescriptor, report: CapabilityReport?, defaults: SolverDefaults, nodeSize: Int? = nil) -> ChipProfile {
        let dies = InputBounds.clamp(a.devicesPerModule, InputBounds.devicesPerModule)
        var notes: [String] = []
        var unknown: Set<String> = []
        if dies > 1 { notes.append("\(a.id) carries \(dies) devices per module; memory, bandwidth and peaks are split evenly per device") }

        func registry(_ figure: Figure<Quantity>?, perDevice: Bool = true) -> Sourced? {
            guard let figure else { return nil }
            // A value that is not a positive finite number is as good as unknown.
            guard let value = figure.value?.value, value.isFinite, value > 0 else { unknown.insert(figure.path); return nil }
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
        var exposed = report?.usableMemoryBytes.flatMap { $0.value.isFinite && $0.value > 0 ? Sourced($0.value, tier: $0.tier, origin: .report(source: $0.source)) : nil }
        if exposed == nil, let capacity {
            exposed = Sourced(capacity.value - defaults.driverReserve.value, tier: capacity.tier, origin: .assumption(name: defaults.driverReserve.name))
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
                case .emulated: support[precision] = .emulated(method: entry.method ?? "weight-only", evidence: "adapter report (\(entry.source))")
                case .unsupported: support[precision] = .unsupported(evidence: "adapter report (\(entry.source))")
                }
            } else if a.unsupported.contains(precision) {
                support[precision] = .unsupported(evidence: "descriptor lists \(precision.rawValue) under unsupported")
            } else if let peak = peaks[precision] {
                support[precision] = .native(evidence: "descriptor peak_dense.\(precision.rawValue) = \(Units.flops(peak.value * Double(dies))) per module")
            } else if a.peakDense[precision] != nil {
                support[precision] = .unknown(evidence: "descriptor peak_dense.\(precision.rawValue) is unknown")
            } else {
                support[precision] = .unknown(evidence: "descriptor gives no peak_dense.\(precision.rawValue)")
            }
        }

        // Scale-up domain and links.
        var domain: Sourced
        if let size = nodeSize {
            domain = Sourced(Double(size), tier: .vendor, origin: .assumption(name: "--node-size"))
        } else if let r = report?.scaleUp?.domainSize, r.value > 0 {
            domain = Sourced(Double(r.value), tier: r.tier, origin: .report(source: r.source))
        } else if let figure = a.scaleUp?.domainSize, let value = figure.value, value > 0 {
            domain = Sourced(Double(value), tier: a.evidence.tier(of: figure.path) ?? .thirdParty, origin: .registry(path: figure.path))
        } else {
            if let figure = a.scaleUp?.domainSize { unknown.insert(figure.path) }
            domain = Sourced(defaults.domainSize)
            notes.append("scale-up domain of \(a.id) unknown: \(Int(defaults.domainSize.value)) modules per node assumed (OCP UBB / 8-card server)")
        }
        let domainDevices = InputBounds.floor(domain.value, in: InputBounds.domainModules) * dies

        let topologyName = report?.scaleUp?.topology ?? a.scaleUp?.topology
        let topology: LinkProfile.Topology = topologyName == "fully-connected" ? .pointToPoint : .switched
        var linkBandwidth: Sourced
        if let r = report?.scaleUp?.perPeerBytesPerSecond, r.value.isFinite, r.value > 0 {
            // Through a switch one peer gets the whole bandwidth; point to point, each peer its links.
            let peers = topology == .pointToPoint ? Double(max(1, domainDevices - 1)) : 1
            linkBandwidth = Sourced(r.value * peers, tier: r.tier, origin: .report(source: r.source))
        } else if let up = a.scaleUp, let total = up.bandwidthPerDirection, total.isFinite, total > 0 {
            let path = up.totalBandwidth?.value != nil ? (up.totalBandwidth?.path ?? "scale_up") : (up.linkBandwidth?.path ?? "scale_up")
            linkBandwidth = Sourced(total / Double(dies), tier: a.evidence.tier(of: path) ?? .thirdParty, origin: .registry(path: path))
        } else if let host = a.hostInterface?.value, host.bandwidthPerDirection.isFinite, host.bandwidthPerDirection > 0 {
            if let path = a.scaleUp?.totalBandwidth?.path { unknown.insert(path) }
            let path = a.hostInterface?.path ?? "host_interface"
            linkBandwidth = Sourced(host.bandwidthPerDirection / Double(dies), tier: a.evidence.tier(of: path) ?? .thirdParty, origin: .registry(path: path))
            notes.append("scale-up bandwidth of \(a.id) unknown: tensor-parallel traffic planned over its host link \(host) (\(Units.bandwidth(host.bandwidthPerDirection)) per direction)")
        } else {
            linkBandwidth = Sourced(32e9, tier: .thirdParty, origin: .assumption(name: "PCIe 4.0 x16 host link"))
            notes.append("neither scale-up nor host-link bandwidth of \(a.id) is known: 32 GB/s (PCIe 4.0 x16) assumed")
        }
        let measured = reported(report?.scaleUp?.allReduceBytesPerSecond) { $0 }
        let link = LinkProfile(topology: topology, bandwidth: linkBandwidth, measuredAllReduce: measured, domainDevices: domainDevices,
                               efficiency: Sourced(defaults.allReduceEfficiency), latency: Sourced(defaults.collectiveLatency))

        let reportedScaleOut = reported(report?.scaleOutBytesPerSecond) { $0 }
        var scaleOut = reportedScaleOut ?? Sourced(defaults.scaleOutBandwidth)
        if reportedScaleOut == nil, let out = a.scaleOut, let ports = out.ports?.value, let port = out.portBandwidth?.value?.value,
           ports > 0, port.isFinite, port > 0, (Double(ports) * port).isFinite {
            let path = out.portBandwidth?.path ?? "scale_out"
            scaleOut = Sourced(Double(ports) * port / Double(dies), tier: a.evidence.tier(of: path) ?? .thirdParty, origin: .registry(path: path))
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
            if let f = fraction(Reported(measured.fraction, source: measured.source, tier: measured.tier)) { computeFractions[measured.precision] = f }
        }

        return ChipProfile(
            id: a.id, name: a.name, formFactor: a.formFactor, devicesPerModule: dies,
            capacity: capacity, exposed: exposed, bandwidth: bandwidth, peaks: peaks, support: support,
            link: link, scaleOut: scaleOut, crossNodeLatency: Sourced(defaults.crossNodeLatency),
            tdp: registry(a.power.tdp, perDevice: false),
            computeFraction: computeFraction, computeFractions: computeFractions, bandwidthFraction: bandwidthFraction,
            engineOverhead: Sourced(defaults.engineOverhead), unknownPaths: unknown, notes: notes)
    }
}
