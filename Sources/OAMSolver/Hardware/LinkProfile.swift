/// The module-to-module fabric as the communication model needs it, per logical device.
public struct LinkProfile: Sendable, Hashable {
    /// How peers are wired: through a switch (every peer at full bandwidth); point to
    /// point (a group of `n` uses only the links to its `n − 1` peers: fully connected,
    /// mesh, torus, hypercube, bridge); a ring (a device reaches each of its two
    /// neighbours over one link, half its bandwidth, and collectives run as a ring); or
    /// over the host link (no scale-up fabric stated: `bandwidth` is the host link).
    public enum Topology: String, Sendable, Hashable {
        case switched
        case pointToPoint = "point-to-point"
        case ring
        case hostLink = "host-link"
    }

    public var topology: Topology
    /// Bandwidth one device can send to all peers at once, per direction, in B/s.
    public var bandwidth: Sourced
    /// All-reduce bus bandwidth across the whole domain, when an adapter measured it.
    public var measuredAllReduce: Sourced?
    /// Devices in the scale-up domain.
    public var domainDevices: Int
    /// Fraction of link bandwidth an all-reduce achieves.
    public var efficiency: Sourced
    public var latency: Sourced

    public init(
        topology: Topology, bandwidth: Sourced, measuredAllReduce: Sourced?, domainDevices: Int, efficiency: Sourced,
        latency: Sourced
    ) {
        self.topology = topology
        self.bandwidth = bandwidth
        self.measuredAllReduce = measuredAllReduce
        self.domainDevices = domainDevices
        self.efficiency = efficiency
        self.latency = latency
    }

    /// Link bandwidth available to a group of `size` devices in one domain, per direction.
    public func groupBandwidth(_ size: Int) -> Double {
        guard size > 1 else { return bandwidth.value }
        switch topology {
        case .switched, .hostLink:
            return bandwidth.value
        case .ring:
            // One neighbour link; a ring all-reduce is bandwidth-optimal at that rate.
            return bandwidth.value / 2
        case .pointToPoint:
            let peers = max(1, domainDevices - 1)
            return bandwidth.value * Double(min(size - 1, peers)) / Double(peers)
        }
    }

    /// All-reduce bus bandwidth of a group of `size` devices in one domain, in B/s.
    public func allReduceBandwidth(_ size: Int) -> Double {
        if let measured = measuredAllReduce {
            let scale = topology == .pointToPoint ? Double(min(size, domainDevices) - 1) / Double(max(1, domainDevices - 1)) : 1
            return measured.value * max(scale, 1.0 / Double(max(1, domainDevices - 1)))
        }
        return groupBandwidth(size) * efficiency.value
    }
}
