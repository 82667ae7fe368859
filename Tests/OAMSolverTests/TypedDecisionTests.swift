import OAMAdapterAPI
import OAMCore
import OAMSolver
import Testing

/// Decisions that once rested on message text now rest on typed values; these pin them
/// so that rewording a message cannot change a verdict, and breaking a check fails here.
@Suite struct TypedDecisionTests {
    typealias F = SolverFixtures

    /// Ascend 910C states a switched scale-up figure without a direction. The verdict says
    /// the figure was halved when the link rests on it: read from the descriptor, or passed
    /// on unchanged by an adapter (DescriptorFacts' derivation); not when an adapter
    /// reports a per-peer figure of its own.
    @Test func unstatedDirectionFollowsWhereTheLinkFigureComesFrom() throws {
        let chip = F.chip("huawei/ascend-910c")
        #expect(chip.scaleUp?.direction == .unstated)
        func saysHalved(_ report: CapabilityReport?) -> Bool {
            ChipProfileBuilder.build(chip, report: report, defaults: .standard).assumptions.contains {
                $0.contains("does not state its direction")
            }
        }
        #expect(saysHalved(nil), "the descriptor's own figure")
        let derived = try #require(DescriptorFacts.scaleUp(chip))
        #expect(derived.perPeerBytesPerSecond != nil)
        #expect(saysHalved(CapabilityReport(module: chip.id, scaleUp: derived)), "the adapter passed the derivation on")
        var measured = derived
        measured.perPeerBytesPerSecond = Reported(
            200e9, source: "https://example.org/measured-p2p", tier: .measured, note: "measured peer-to-peer copy")
        #expect(!saysHalved(CapabilityReport(module: chip.id, scaleUp: measured)), "an adapter's own figure")
    }

    /// Qwen3-235B-A22B in block FP8 on 8 H100: TP8 slices its 1536-wide experts into 192,
    /// which breaks the 128-wide scale blocks. The verdict tells that refusal (a shard the
    /// engine cannot load) and not the shapes that merely do not divide.
    @Test func verdictTellsScaleBlockRefusalsOnly() throws {
        let qwen = F.model("qwen/qwen3-235b-a22b")
        let enumerator = PlanEnumerator(architecture: qwen.architecture, format: .fp8Block, domainDevices: 8)
        let refusals = enumerator.plans(devices: 8).refusals
        let load = try #require(refusals.first { $0.kind == .scaleBlocks })
        #expect(load.isLoadFailure)
        #expect(refusals.allSatisfy { $0.isLoadFailure == ($0.kind == .scaleBlocks) })
        let v = F.serve(qwen, on: "nvidia/h100-sxm", ServingWorkload(weights: .fp8Block), modules: 8)
        let told = v.reasons.filter { $0.text.hasPrefix("refused ") }.map(\.text)
        #expect(told.contains("refused " + load.text), "\(told)")
        for refusal in refusals where refusal.kind == .unevenSplit {
            #expect(!told.contains("refused " + refusal.text))
        }
    }

    /// A dense intermediate of 102 does not split over 4 ranks: TP4 is refused as an uneven
    /// split, which a verdict on exactly 4 modules does not tell.
    @Test func unevenSplitsAreNotTold() throws {
        var a = ExactFixtures.dense
        a.mlp = .init(gated: true, intermediateSize: 102)
        let enumerator = PlanEnumerator(architecture: a, format: .bf16, domainDevices: 8)
        let refusal = try #require(enumerator.alignmentProblem(ParallelPlan(tensorParallel: 4)))
        #expect(refusal.kind == .unevenSplit)
        #expect(!refusal.isLoadFailure)
        let model = ModelDescriptor(id: "test/uneven", name: "Uneven", architecture: a, checkpoint: .init(dtype: "bf16"))
        let v = F.serve(model, on: "nvidia/h100-sxm", modules: 4)
        #expect(!v.reasons.contains { $0.text.hasPrefix("refused ") }, "\(v.reasons.map(\.text))")
    }
}
