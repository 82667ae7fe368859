import Foundation
import OAMAdapterAPI
import OAMCore
import OAMSolver
import Testing

/// Scale-up fabric and module facts the descriptor leaves loose .
@Suite struct DescriptorReadingTests {
    typealias F = SolverFixtures

    static func profile(_ a: AcceleratorDescriptor) -> ChipProfile {
        ChipProfileBuilder.build(a, report: nil, defaults: .standard)
    }

    /// Every topology maps to its model; only a switch gets full bandwidth to every peer.
    @Test func topologiesMapToTheirModels() {
        let base = F.chip("amd/mi300x")
        var expected: [(ScaleUpTopology?, LinkProfile.Topology)] = [
            (.switched, .switched), (.fullyConnected, .pointToPoint), (.ring, .ring),
            (.bridge, .pointToPoint), (ScaleUpTopology.none, .hostLink), (nil, .hostLink),
        ]
        for topology in [ScaleUpTopology.pointToPoint, .mesh, .hypercube, .hybridCubeMesh, .almostFullyConnected, .torus] {
            expected.append((topology, .pointToPoint))
        }
        #expect(Set(expected.compactMap(\.0)) == Set(ScaleUpTopology.allCases), "every schema topology has a model")
        for (stated, topology) in expected {
            var chip = base
            chip.scaleUp?.topology = stated
            let p = Self.profile(chip)
            #expect(p.link.topology == topology, "\(stated?.rawValue ?? "nil")")
            if stated != .switched && stated != .fullyConnected {
                #expect(p.assumptions.contains { $0.contains("topology") }, "\(stated?.rawValue ?? "nil"): \(p.assumptions)")
            }
        }
        // A word an adapter reports that the schema does not know is no fabric either.
        let odd = ChipProfileBuilder.build(
            base, report: CapabilityReport(module: base.id, scaleUp: ScaleUpReport(topology: "dragonfly")), defaults: .standard)
        #expect(odd.link.topology == .hostLink)
        #expect(odd.assumptions.contains { $0.contains("is dragonfly") }, "\(odd.assumptions)")
        // A ring neighbour gets one link: half of what a switch would give.
        var ring = base
        ring.scaleUp?.topology = .ring
        var switched = base
        switched.scaleUp?.topology = .switched
        #expect(Self.profile(ring).link.groupBandwidth(2) == Self.profile(switched).link.groupBandwidth(2) / 2)
        // Unknown topology: the host link, never more than the scale-up fabric.
        var none = base
        none.scaleUp?.topology = ScaleUpTopology.none
        #expect(Self.profile(none).link.groupBandwidth(8) <= Self.profile(switched).link.groupBandwidth(8))
    }

    /// The topology choice reaches the verdict's assumptions.
    @Test func topologyAssumptionInVerdict() {
        var chip = F.chip("amd/mi300x")
        chip.scaleUp?.topology = .mesh
        let v = CompatibilitySolver.solve(
            FitRequest(
                model: F.model("meta-llama/llama-3.1-8b"), workload: .serving(ServingWorkload()),
                hardware: HardwareQuery(chips: [chip]))
        ).results[0]
        #expect(v.assumptions.contains { $0.contains("mesh") && $0.contains("point-to-point") }, "\(v.assumptions)")
        #expect(v.reasons.contains { $0.kind == .assumption && $0.text.contains("mesh") })
    }

    /// A scale-up figure without `direction` is unstated, halved, and said so.
    @Test func unstatedDirectionIsHalved() {
        for id in ["moore-threads/mtt-s4000", "cambricon/mlu370-x8", "huawei/ascend-910c"] {
            #expect(F.chip(id).scaleUp?.direction == .unstated, "\(id)")
        }
        #expect(F.chip("amd/mi300x").scaleUp?.direction != .unstated)
        var up = AcceleratorDescriptor.ScaleUp(
            totalBandwidth: Figure(
                Quantity(value: 800e9, dimension: .bandwidth, text: "800 GB/s"), path: "scale_up.total_bandwidth",
                range: .fileStart), direction: .unstated, topology: .switched)
        #expect(up.bandwidthPerDirection == 400e9)
        up.direction = .perDirection
        #expect(up.bandwidthPerDirection == 800e9)
        let chip = F.chip("huawei/ascend-910c")
        #expect(Self.profile(chip).assumptions.contains { $0.contains("direction") })
        let v = F.fit(F.model("meta-llama/llama-3.1-8b"), on: "huawei/ascend-910c")
        #expect(v.assumptions.contains { $0.contains("direction") }, "\(v.assumptions)")
    }

    /// `devices_per_module: unknown` (or left out) is kept unknown; the solver assumes 1 and says so.
    @Test func unknownDevicesPerModuleIsAnAssumption() {
        let chip = F.chip("cambricon/mlu370-x8")
        #expect(!chip.devicesPerModuleKnown)
        #expect(chip.devicesPerModule == 1)
        #expect(F.chip("amd/mi250x").devicesPerModuleKnown)
        let v = F.serve(F.model("meta-llama/llama-3.1-8b"), on: "cambricon/mlu370-x8")
        #expect(v.assumptions.contains { $0.contains("devices per module") }, "\(v.assumptions)")
    }
}
