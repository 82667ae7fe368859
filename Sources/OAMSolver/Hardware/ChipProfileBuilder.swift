import OAMAdapterAPI
import OAMCore

/// Builds a `ChipProfile` from a descriptor, an optional capability report and the
/// defaults, recording where every figure came from.
public enum ChipProfileBuilder {
    /// `assumptions` (`--assume`) fill figures the descriptor and report leave unknown,
    /// before support and block-scaled formats are read from the peaks.
    public static func build(
        _ a: AcceleratorDescriptor, report: CapabilityReport?, defaults: SolverDefaults, nodeSize: Int? = nil,
        assumptions: [FigureAssumption] = []
    ) -> ChipProfile {
        var reading = ChipReading(a, report: report, defaults: defaults)
        var figures = ChipReading.AssumableFigures(
            capacity: reading.registry(a.memory.capacity), bandwidth: reading.registry(a.memory.bandwidth),
            tdp: reading.registry(a.power.tdp, perDevice: false), peaks: reading.peaks())
        let assumed = reading.assume(assumptions, into: &figures)
        let capacity = figures.capacity
        let exposed = reading.exposedMemory(capacity: capacity)
        let bandwidth = figures.bandwidth
        var peaks = figures.peaks
        var support = reading.support(peaks: peaks)
        reading.inheritElementPaths(support: &support, peaks: &peaks)
        let domain = reading.domain(nodeSize: nodeSize)
        let domainDevices = InputBounds.floor(domain.value, in: InputBounds.domainModules) * reading.dies
        let (topology, linkBandwidth) = reading.link(domainDevices: domainDevices)
        let link = LinkProfile(
            topology: topology, bandwidth: linkBandwidth,
            measuredAllReduce: reading.reported(report?.scaleUp?.allReduceBytesPerSecond),
            domainDevices: domainDevices, efficiency: Sourced(defaults.allReduceEfficiency),
            latency: Sourced(defaults.collectiveLatency))
        let ceilings = reading.ceilings()
        return ChipProfile(
            id: a.id, name: a.name, formFactor: a.formFactor, devicesPerModule: reading.dies,
            capacity: capacity, exposed: exposed, bandwidth: bandwidth, peaks: peaks, support: support,
            link: link, scaleOut: reading.scaleOut(), crossNodeLatency: Sourced(defaults.crossNodeLatency),
            tdp: figures.tdp,
            computeFraction: ceilings.compute, computeFractions: ceilings.byPrecision, bandwidthFraction: ceilings.bandwidth,
            engineOverhead: Sourced(defaults.engineOverhead), unknownPaths: reading.unknown, notes: reading.notes,
            assumptions: reading.assumptions, assumed: assumed)
    }
}
