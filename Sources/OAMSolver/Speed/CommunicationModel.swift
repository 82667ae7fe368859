/// Collective times over a chip's links: α + β·bytes, with nodes of `domainDevices`.
///
/// All-reduce (ring): `α + 2·(n−1)/n · S / busbw`. All-to-all: each device sends
/// `(n−1)/n` of its volume, the in-node part over the scale-up links, the rest over the
/// scale-out NIC. Point-to-point (pipeline): `α + S / bw`.
public struct CommunicationModel: Sendable {
    public var chip: ChipProfile

    public init(chip: ChipProfile) {
        self.chip = chip
    }

    private var scaleOutBusBandwidth: Double { chip.scaleOut.value * chip.link.efficiency.value }

    /// True when a group of `n` devices spans more than one node.
    public func crossesNodes(_ n: Int) -> Bool { n > chip.domainDevices }

    /// Seconds for an all-reduce of `bytes` per device over `n` devices: the latency of
    /// the node or of the network, and the ring transfer at the slowest bus bandwidth.
    public func allReduce(bytes: Double, devices n: Int) -> Double {
        guard n > 1 else { return 0 }
        if crossesNodes(n) {
            let busbw = min(chip.link.allReduceBandwidth(chip.domainDevices), scaleOutBusBandwidth)
            return chip.crossNodeLatency.value + Self.ringTransfer(bytes: bytes, devices: n, busBandwidth: busbw)
        }
        return chip.link.latency.value
            + Self.ringTransfer(bytes: bytes, devices: n, busBandwidth: chip.link.allReduceBandwidth(n))
    }

    /// The transfer time of a ring all-reduce, without latency: `2·(n−1)/n · S / busbw`
    /// seconds for `bytes` per device over `n` devices at `busBandwidth` B/s.
    public static func ringTransfer(bytes: Double, devices n: Int, busBandwidth: Double) -> Double {
        guard n > 1 else { return 0 }
        return 2 * Double(n - 1) / Double(n) * bytes / busBandwidth
    }

    /// Seconds for an all-to-all in which each of `n` devices sends `bytes` in total.
    public func allToAll(bytes: Double, devices n: Int) -> Double {
        guard n > 1 else { return 0 }
        let inNode = Double(min(n, chip.domainDevices) - 1) / Double(n)
        let outNode = Double(max(0, n - chip.domainDevices)) / Double(n)
        let eff = chip.link.efficiency.value
        var time = inNode * bytes / (chip.link.groupBandwidth(min(n, chip.domainDevices)) * eff)
        var latency = chip.link.latency.value
        if outNode > 0 {
            time += outNode * bytes / scaleOutBusBandwidth
            latency = chip.crossNodeLatency.value
        }
        return latency + time
    }

    /// Seconds to pass `bytes` to the next pipeline stage; `acrossNodes` when the stages
    /// sit on different nodes.
    public func pointToPoint(bytes: Double, acrossNodes: Bool) -> Double {
        if acrossNodes { return chip.crossNodeLatency.value + bytes / chip.scaleOut.value }
        let peer = chip.link.groupBandwidth(2)
        return chip.link.latency.value + bytes / peer
    }
}
