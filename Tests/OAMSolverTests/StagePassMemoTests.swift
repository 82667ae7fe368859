import OAMCore
import Testing

@testable import OAMSolver

/// The stage passes a plan search shares (`StagePassMemo`): every estimate made through one
/// memo over many plans, counts and batches is exactly the estimate made afresh.
@Suite struct StagePassMemoTests {
    typealias F = SolverFixtures

    @Test(arguments: [
        ("meta-llama/llama-3.1-70b", "nvidia/h100-sxm"), ("mistralai/mixtral-8x7b-v0.1", "amd/mi300x"),
        ("deepseek-ai/deepseek-v3", "nvidia/h200-sxm"),
    ])
    func sharedPassesGiveTheFreshEstimate(model modelID: String, chip chipID: String) throws {
        let model = F.model(modelID)
        let chip = ChipProfileBuilder.build(F.chip(chipID), report: F.builtInReports([chipID])[chipID], defaults: .standard)
        let precision = PrecisionResolver.resolve(
            requested: CheckpointFormat.format(of: model).format, kv: nil, chip: chip, strict: false)
        let profile = ModelProfile(model: model.architecture, format: precision.format)
        let roofline = ServingRoofline(
            profile: profile, attention: AttentionCost(model.architecture, kvPrecision: precision.kv), precision: precision,
            chip: chip)
        let enumerator = PlanEnumerator(
            architecture: model.architecture, format: precision.format, domainDevices: chip.domainDevices)
        let workload = ServingWorkload(inputTokens: 1024, outputTokens: 512, maximizeBatch: true)
        var memo = StagePassMemo()
        for devices in [4, 8, 16] {
            for plan in enumerator.plans(devices: devices).plans {
                let shares = DeviceShares(profile, plan)
                for sequences in [1, 7, 64] {
                    let shared = try #require(
                        roofline.estimate(plan, shares: shares, sequences: sequences, workload: workload, memo: &memo))
                    let fresh = try #require(roofline.estimate(plan, shares: shares, sequences: sequences, workload: workload))
                    let what = "\(modelID) \(plan.label) on \(devices) at \(sequences)"
                    #expect(shared.timePerOutputToken == fresh.timePerOutputToken, "\(what)")
                    #expect(shared.timeToFirstToken == fresh.timeToFirstToken, "\(what)")
                    #expect(shared.outputTokensPerSecond == fresh.outputTokensPerSecond, "\(what)")
                    #expect(shared.decodeStep == fresh.decodeStep && shared.prefillStep == fresh.prefillStep, "\(what)")
                }
            }
        }
    }
}
