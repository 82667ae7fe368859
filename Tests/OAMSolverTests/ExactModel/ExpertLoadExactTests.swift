import Foundation
import Testing

@testable import OAMSolver

/// `ExpertLoad`, worked out by hand: rows per expert GEMM and the busiest expert-parallel
/// device's share of the routed work (a balanced router's fullest bin).
@Suite struct ExpertLoadExactTests {
    @Test func rowsPerExpertGEMMAreThePairsOverTheTouchedExperts() {
        // 4 tokens × 2 of 4 experts = 8 pairs over 4·(1 − (1/2)^4) = 3.75 touched experts.
        let load = ExpertLoad(
            tokens: 4, experts: 4, perToken: 2, touched: 3.75, devices: 1, expertsPerDevice: 4, expertParallel: false)
        assertExact(load.tokensPerExpert, 8 / 3.75, "rows per expert GEMM")
        assertExact(ExpertLoad.touched(tokens: 4, experts: 4, perToken: 2), 3.75, "touched experts")
        #expect(load.deviceImbalance == 1, "one device waits for no other")
        // One expert's GEMM of a 400-element tensor (100 per expert): 2 × 8/3.75 rows × 100.
        assertExact(load.gemmFLOPs(elements: 400), 2 * (8 / 3.75) * 100, "one expert's GEMM")
    }

    @Test func busiestDeviceIsTheFullestBinOfABalancedRouter() {
        // 708 sequences (Mixtral at its KV limit on an H100), 2 of 8 experts, EP over 8 (one
        // expert per device): 1,416 pairs, 177 per device; the fullest 177 + √(2·177·ln 8).
        let load = ExpertLoad(
            tokens: 708, experts: 8, perToken: 2, touched: 8, devices: 8, expertsPerDevice: 1, expertParallel: true)
        assertExact(load.tokensPerExpert, 1416 / 8, "rows per expert GEMM")
        assertExact(load.deviceImbalance, (177 + (2 * 177 * log(8.0)).squareRoot()) / 177, "busiest device")
    }

    @Test func busiestDeviceNeverTakesMoreThanEachTokenOnce() {
        // 1 token, 2 of 4 experts on 2 devices of 2: 2 pairs, 1 per device; the balanced bound
        // 1 + √(2·1·ln 2) = 2.18 exceeds what one device can take, 1 token × 2 experts = 2.
        let load = ExpertLoad(
            tokens: 1, experts: 4, perToken: 2, touched: 2, devices: 2, expertsPerDevice: 2, expertParallel: true)
        assertExact(load.deviceImbalance, 2, "capped at the device's experts")
    }

    @Test func slicedExpertsHaveNoStraggler() {
        let load = ExpertLoad(
            tokens: 708, experts: 8, perToken: 2, touched: 8, devices: 8, expertsPerDevice: 1, expertParallel: false)
        #expect(load.deviceImbalance == 1)
        // Every device runs a 1/8 slice of each expert: 2 × 177 rows × 800/8 elements ÷ 8.
        assertExact(load.gemmFLOPs(elements: 800), 2 * 177 * 100 / 8, "one device's slice of one expert's GEMM")
    }
}
