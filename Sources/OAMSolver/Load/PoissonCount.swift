import Foundation

/// A count of Poisson events with mean `mean`: here, the prompt passes a replica interleaves
/// with one request's decode steps while requests arrive as a Poisson stream (MLPerf's Server
/// and Interactive scenarios), so the time per output token of that request varies with it.
public struct PoissonCount: Sendable, Equatable {
    /// Expected number of events, ≥ 0.
    public var mean: Double

    public init(mean: Double) {
        self.mean = mean
    }

    /// The smallest count k with P(N ≤ k) ≥ `quantile` (0 for a mean ≤ 0). The terms
    /// P(N = k) = e^{−m}·m^k / k! are summed in log space, ln P = −m + k·ln m − ln k!, so a
    /// mean of thousands neither underflows e^{−m} nor overflows m^k. The sum starts at
    /// m − 10·√m (the mass below is under 10⁻²⁰, a Chernoff bound) and stops at the first k
    /// reaching the quantile (about m + 2.33·√m for the 99th percentile), so a call costs
    /// about 12·√m terms.
    public func quantile(_ quantile: Double) -> Int {
        guard mean > 0, mean.isFinite, quantile > 0 else { return 0 }
        let target = min(quantile, 1 - 1e-12)
        let logMean = log(mean)
        var cumulative = 0.0
        let spread = mean.squareRoot()
        var k = max(0, Int(mean - 10 * spread))
        // Past m + 40·√m + 40 the remaining mass is far below any quantile asked for.
        let last = Int(mean + 40 * spread + 40)
        while k < last {
            cumulative += exp(-mean + Double(k) * logMean - lgamma(Double(k) + 1))
            if cumulative >= target { return k }
            k += 1
        }
        return last
    }
}
