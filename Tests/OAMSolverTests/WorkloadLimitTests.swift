import Foundation
import OAMAdapterAPI
import OAMCore
import OAMSolver
import Testing

/// Workloads beyond what a model or the solver's bounds allow: a prompt longer than the
/// context, counts clamped into `InputBounds` (said so), targets with no speed to check.
@Suite struct WorkloadLimitTests {
    typealias F = SolverFixtures

    static let llama8b = "meta-llama/llama-3.1-8b"

    // MARK: context length

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

    // MARK: targets with unknown speed

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
