import Foundation
import OAMAdapterAPI
import OAMCore
import OAMSolver
import Testing

/// Text of numbers and verdict arithmetic.
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
