import Foundation
import OAMAdapterAPI
import OAMCore
import OAMSolver
import Testing

/// Defects a review found in the solver and `oam fit`, each pinned by a test.
@Suite struct ReviewFixTests {
    typealias F = SolverFixtures

    static let llama8b = "meta-llama/llama-3.1-8b"

    // MARK: 1. context length

    /// A prompt longer than the model's context is refused on every chip, naming both numbers.
    @Test func contextBeyondMaxContextIsRefused() {
        let model = F.model(Self.llama8b)
        let limit = model.architecture.maxContext
        let workload = ServingWorkload(inputTokens: 2_000_000, outputTokens: 1024)
        let chips = ["nvidia/h200-sxm", "nvidia/h100-sxm", "amd/mi300x"].map(F.chip)
        let report = CompatibilitySolver.solve(
            FitRequest(model: model, workload: .serving(workload), hardware: HardwareQuery(chips: chips)))
        #expect(report.results.count == 3)
        for v in report.results {
            #expect(!v.fits, "\(v.chip)")
            #expect(
                v.reasons.contains { $0.text.contains("2001024") && $0.text.contains("\(limit)") },
                "\(v.chip): \(v.reasons.map(\.text))")
        }
        // Within the context it still fits.
        #expect(F.serve(model, on: "nvidia/h200-sxm", ServingWorkload(inputTokens: 2000, outputTokens: 1024)).fits)
    }

    /// A count beyond the solver's bounds is clamped with a reason, never silently.
    @Test func clampedCountsAreReported() {
        let model = F.model(Self.llama8b)
        let v = F.serve(model, on: "nvidia/h200-sxm", ServingWorkload(inputTokens: 10_000_000_000))
        #expect(!v.fits)
        #expect(v.reasons.contains { $0.text.contains("10000000000") && $0.text.contains("clamped") }, "\(v.reasons.map(\.text))")
    }

    // MARK: 2. targets with unknown speed

    /// A target on a chip whose speed is unknown is not counted as met.
    @Test func targetWithUnknownSpeedIsNotMet() {
        let model = F.model(Self.llama8b)
        var chip = F.chip("nvidia/l40s")
        chip.memory.bandwidth = nil
        let request = FitRequest(
            model: model, workload: .serving(ServingWorkload(minTokensPerSecondPerUser: 20)),
            hardware: HardwareQuery(chips: [chip], maxModules: 8))
        let v = CompatibilitySolver.solve(request).results[0]
        #expect(v.best?.speed == nil)
        #expect(!v.fits)
        #expect(v.modules != nil)
        #expect(
            v.reasons.contains {
                $0.kind == .target && $0.text.hasPrefix("target cannot be checked: ") && $0.text.contains("unknown")
            }, "\(v.reasons.map(\.text))")
        // Without a target the same chip fits (memory verdict only).
        let plain = CompatibilitySolver.solve(
            FitRequest(model: model, workload: .serving(ServingWorkload()), hardware: HardwareQuery(chips: [chip], maxModules: 8))
        ).results[0]
        #expect(plain.fits)
    }
}

/// Scale-up fabric and module facts the descriptor leaves loose (items 3–5).
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

/// Text of numbers and verdict arithmetic (items 7–8).
@Suite struct VerdictTextTests {
    typealias F = SolverFixtures

    /// Huge or non-finite values never trap the grouped formatter.
    @Test func groupedSaturates() {
        #expect(NumberText.grouped(24_525.4) == "24,525")
        #expect(NumberText.grouped(-1_234_567) == "-1,234,567")
        #expect(NumberText.grouped(1e27) == "1e+27")
        #expect(NumberText.grouped(-1e27) == "-1e+27")
        #expect(NumberText.grouped(.infinity) == "inf")
        #expect(NumberText.grouped(.nan) == "nan")
    }

    /// Training tokens beyond the bound are clamped with a reason, and the verdict's text does not trap.
    @Test func hugeTrainingTokensDoNotTrap() {
        let request = FitRequest(
            model: F.model("meta-llama/llama-3.1-8b"), workload: .training(TrainingWorkload(tokens: 1e27)),
            hardware: HardwareQuery(chips: [F.chip("nvidia/h100-sxm")], maxModules: 65_536))
        let v = CompatibilitySolver.solve(request).results[0]
        #expect(v.reasons.contains { $0.text.contains("clamped") })
    }

    /// A module with two devices shows the per-device result, then × devices.
    @Test func usableArithmeticPerDevice() {
        let v = F.serve(F.model("meta-llama/llama-3.1-8b"), on: "amd/mi250x")
        let line = v.reasons.first { $0.text.hasPrefix("usable per module") }?.text ?? ""
        #expect(line.contains("per device × 2 devices = "), "\(line)")
    }
}
