/// Median and 90th percentile of |error| over a set of rows (nearest-rank percentiles, so the
/// figures are errors of actual results). Rows without a prediction are counted, not hidden:
/// `median` and `p90` are over the predicted rows, `medianCountingMisses` and
/// `p90CountingMisses` over every row with each unpredicted one an error beyond any bound (a
/// miss can only push them up; the goal is judged on these).
struct ErrorSummary: Equatable {
    let count: Int
    let unpredicted: Int
    let median: Double
    let p90: Double
    let medianCountingMisses: Double
    let p90CountingMisses: Double

    init(_ rows: [AccuracyRow]) {
        let errors = rows.compactMap(\.error).map(abs).sorted()
        count = rows.count
        unpredicted = rows.count - errors.count
        median = Self.nearestRank(errors, 0.5)
        p90 = Self.nearestRank(errors, 0.9)
        let all = errors + Array(repeating: Double.infinity, count: unpredicted)
        medianCountingMisses = Self.nearestRank(all, 0.5)
        p90CountingMisses = Self.nearestRank(all, 0.9)
    }

    /// The smallest value with at least `q` of the sample at or below it; 0 for no sample.
    static func nearestRank(_ sorted: [Double], _ q: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((q * Double(sorted.count)).rounded(.up))
        return sorted[max(0, min(sorted.count - 1, rank - 1))]
    }
}
