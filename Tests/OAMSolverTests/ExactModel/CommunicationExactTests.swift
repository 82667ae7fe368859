import OAMCore
import Testing

@testable import OAMSolver

/// Collective times on the fixture chip, worked out by hand: a 100 GB/s scale-up link per
/// direction at 0.5 all-reduce efficiency and 10 µs latency, 4 devices per node; 10 GB/s
/// scale-out at 100 µs. Every collective moves 1 MB (1e6 B) per device.
@Suite struct CommunicationExactTests {
    let comm = CommunicationModel(chip: ExactFixtures.chip())

    @Test func ringAllReduceInsideANode() {
        // α + 2·(n−1)/n · S / (link × efficiency) = 10 µs + 2·(3/4)·1e6 / 5e10.
        assertExact(comm.allReduce(bytes: 1e6, devices: 4), 1e-5 + 1.5e6 / 5e10, "all-reduce over 4")
        #expect(comm.allReduce(bytes: 1e6, devices: 1) == 0, "one device has nothing to reduce")
    }

    @Test func ringAllReduceAcrossNodesRunsAtTheSlowerBusBandwidth() {
        // 8 devices over 2 nodes: bus bandwidth min(5e10, 1e10 × 0.5 = 5e9) = 5e9, latency 100 µs.
        assertExact(comm.allReduce(bytes: 1e6, devices: 8), 1e-4 + 2 * (7.0 / 8) * 1e6 / 5e9, "all-reduce over 8")
    }

    @Test func allToAllSplitsItsVolumeBetweenScaleUpAndScaleOut() {
        // In a node: (n−1)/n of the volume over the link at its efficiency: 10 µs + (3/4)·1e6 / 5e10.
        assertExact(comm.allToAll(bytes: 1e6, devices: 4), 1e-5 + 0.75 * 1e6 / 5e10, "all-to-all over 4")
        // 8 devices, 4 per node: 3/8 of the volume in the node (5e10 B/s), 4/8 out of it
        // (1e10 × 0.5 = 5e9 B/s), the cross-node latency 100 µs.
        let expected: Double = 1e-4 + (3.0 / 8) * 1e6 / 5e10 + (4.0 / 8) * 1e6 / 5e9
        assertExact(comm.allToAll(bytes: 1e6, devices: 8), expected, "all-to-all over 8")
    }

    @Test func pointToPointBetweenPipelineStages() {
        // In a node: 10 µs + 1e6 / 1e11 (one peer at the full link); across nodes: 100 µs + 1e6 / 1e10.
        assertExact(comm.pointToPoint(bytes: 1e6, acrossNodes: false), 1e-5 + 1e6 / 1e11, "in-node hop")
        assertExact(comm.pointToPoint(bytes: 1e6, acrossNodes: true), 1e-4 + 1e6 / 1e10, "cross-node hop")
    }

    @Test func groupBandwidthByTopology() {
        let bandwidth: Double = 1e11
        // Switched: every peer at full bandwidth.
        assertExact(ExactFixtures.chip(topology: .switched).link.groupBandwidth(3), bandwidth, "switched")
        // Ring: one neighbour link, half the bandwidth.
        assertExact(ExactFixtures.chip(topology: .ring).link.groupBandwidth(3), bandwidth / 2, "ring")
        // Point to point over 4 devices: a group of 3 uses 2 of the 3 peer links.
        assertExact(ExactFixtures.chip(topology: .pointToPoint).link.groupBandwidth(3), bandwidth * 2 / 3, "mesh")
        // All-reduce bus bandwidth = group bandwidth × efficiency 0.5.
        assertExact(ExactFixtures.chip(topology: .ring).link.allReduceBandwidth(4), bandwidth / 2 * 0.5, "ring bus")
    }

    @Test func measuredAllReduceScalesWithTheLinksAMeshGroupUses() {
        // A measured 3e10 B/s over the whole 4-device mesh; a group of 2 uses 1 of 3 links.
        let mesh = ExactFixtures.chip(topology: .pointToPoint, measuredAllReduce: 3e10).link
        assertExact(mesh.allReduceBandwidth(2), 3e10 * 1 / 3, "mesh pair")
        assertExact(mesh.allReduceBandwidth(4), 3e10, "whole mesh")
        // Switched: the measurement holds for every group.
        let switched = ExactFixtures.chip(topology: .switched, measuredAllReduce: 3e10).link
        assertExact(switched.allReduceBandwidth(2), 3e10, "switched pair")
    }
}
