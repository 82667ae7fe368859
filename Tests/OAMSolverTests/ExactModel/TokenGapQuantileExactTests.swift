import Foundation
import Testing

@testable import OAMSolver

/// The 99th-percentile time per output token of the latency-bounded search
/// (`LatencyBoundedLoad`): the Poisson count of prompt passes one request's decode carries,
/// and the TPOT it gives, worked out by hand.
@Suite struct TokenGapQuantileExactTests {
    /// Poisson(1): P(0) = P(1) = e⁻¹ = 0.367879, P(2) = e⁻¹/2 = 0.183940, P(3) = e⁻¹/6 = 0.061313,
    /// P(4) = e⁻¹/24 = 0.015328; cumulative 0.367879, 0.735759, 0.919699, 0.981012, 0.996340:
    /// the first at or above 0.99 is k = 4.
    @Test func poissonOfMeanOne() {
        #expect(PoissonCount(mean: 1).quantile(0.99) == 4)
        // 0.919699 < 0.95 ≤ 0.981012.
        #expect(PoissonCount(mean: 1).quantile(0.95) == 3)
    }

    /// Poisson(4): e⁻⁴ = 0.0183156; terms × 4/k: 0.018316, 0.073263, 0.146525, 0.195367, 0.195367,
    /// 0.156293, 0.104196, 0.059540, 0.029770, 0.013231; cumulative at k = 8 is 0.978637 < 0.99,
    /// at k = 9 0.991868 ≥ 0.99: k = 9.
    @Test func poissonOfMeanFour() {
        #expect(PoissonCount(mean: 4).quantile(0.99) == 9)
        #expect(PoissonCount(mean: 0).quantile(0.99) == 0)
    }

    /// A mean of 1024 (the sum starts at 1024 − 10·32 = 704): the answer k is the first whose
    /// cumulative probability reaches 0.99, checked against a cumulative summed here from k = 0
    /// by the ratio recurrence P(k) = P(k − 1)·m/k in log space, and near m + 2.326·√m = 1098.4.
    @Test func poissonOfALargeMean() {
        let m = 1024.0
        let k = PoissonCount(mean: m).quantile(0.99)
        var logTerm = -m
        var cumulative = exp(logTerm)
        var below = 0.0
        for j in 1...k {
            logTerm += log(m / Double(j))
            if j == k { below = cumulative }
            cumulative += exp(logTerm)
        }
        #expect(below < 0.99 && cumulative >= 0.99, "P(N ≤ \(k - 1)) = \(below), P(N ≤ \(k)) = \(cumulative)")
        #expect(abs(Double(k) - 1098.4) <= 2)
    }

    /// Decode 20 ms per token, mean TPOT 30 ms at 5 sequences per replica: the mean carries 5
    /// prompt passes of (30 − 20) / 5 = 2 ms per output token each; the p99 request carries
    /// Q₉₉(Poisson(5 − 1)) = 9 of the other slots' passes: 20 + 9 × 2 = 38 ms.
    @Test func p99TimePerOutputToken() {
        let tpot = LatencyBoundedLoad.p99TimePerOutputToken(decode: 0.020, mean: 0.030, sequences: 5)
        assertExact(tpot, 0.020 + 9 * 0.002, "p99 TPOT")
        // Two sequences: Q₉₉(Poisson(1)) = 4 passes of 10 / 2 = 5 ms: 20 + 4 × 5 = 40 ms.
        assertExact(
            LatencyBoundedLoad.p99TimePerOutputToken(decode: 0.020, mean: 0.030, sequences: 2), 0.020 + 4 * 0.005,
            "p99 TPOT at two sequences")
        // One sequence: no other slot, so no prompt lands between its tokens: the decode step.
        assertExact(
            LatencyBoundedLoad.p99TimePerOutputToken(decode: 0.020, mean: 0.030, sequences: 1), 0.020,
            "p99 TPOT at one sequence")
    }
}
