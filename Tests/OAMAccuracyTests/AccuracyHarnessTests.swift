import Foundation
import OAMTestSupport
import Testing

/// The public-results harness: predicts every manifest result with the real solver, prints
/// predicted vs published, and keeps `Docs/accuracy.md` in step.
@Suite struct AccuracyHarnessTests {
    static let report: Result<AccuracyReport, Error> = Result { try AccuracyReport.run() }

    /// Median and p90 |error| over the predicted MLPerf closed results: 9.889 % / 21.121 %
    /// (35 beyond ±25 %); with the 13 unpredicted counted as misses, 9.978 % / 24.972 %, within
    /// the goal by 0.03 points of p90. A change that makes either worse fails here; one that
    /// improves them lowers these pins in the same commit. How each model and data change moved
    /// them is in the git history of this file.
    static let pinnedMedian = 0.0989
    static let pinnedP90 = 0.2113
    /// Included MLPerf results without a prediction (registry figures unknown: the RTX PRO 6000's
    /// peaks, which leave its Llama-2-70B, Mixtral and Llama-3.1-8B results unpredicted;
    /// the four 1×B200 NVFP4 results on CUDA 12.7, a stack the adapter says lacks FP4);
    /// more is a regression.
    static let pinnedUnpredicted = 13

    @Test func manifestCoversEnoughResults() throws {
        let r = try Self.report.get()
        #expect(r.mlperf.count + r.other.count >= 30)
        let vendors = Set(r.other.map { $0.result.module.split(separator: "/").first.map(String.init) ?? "" })
        let elsewhere = r.other.filter { !["nvidia", "amd"].contains($0.result.module.split(separator: "/").first ?? "") }
        #expect(
            elsewhere.count >= 3, "at least three results on modules from vendors other than NVIDIA and AMD; vendors: \(vendors)")
        #expect(r.excluded.allSatisfy { !$0.sentence.isEmpty }, "every exclusion states its reason")
        #expect((r.mlperf + r.other).allSatisfy { $0.result.source.hasPrefix("https://") }, "every result carries its source URL")
    }

    @Test func printsPredictedVersusPublished() throws {
        let r = try Self.report.get()
        for row in r.mlperf + r.other {
            print(
                "\(row.result.kind.rawValue) | \(row.result.label) | published \(AccuracyReport.tokens(row.result.published)) | predicted \(AccuracyReport.tokens(row.predicted)) | \(AccuracyReport.signed(row.error))"
            )
        }
        let m = r.mlperfSummary
        print(
            "MLPerf closed: \(m.count) results, median |error| \(AccuracyReport.percent(m.median)), p90 \(AccuracyReport.percent(m.p90)); \(m.unpredicted) unpredicted counted as misses: \(m.medianCountingMisses) / \(m.p90CountingMisses)"
        )
        let unpredicted = (r.mlperf + r.other).filter { $0.predicted == nil }
        #expect(unpredicted.allSatisfy { !$0.note.isEmpty }, "a result without a prediction says why")
        #expect(r.mlperfSummary.unpredicted <= Self.pinnedUnpredicted)
    }

    /// The goal over every included MLPerf closed result, each one without a prediction
    /// counted as a miss beyond any bound: median |error| ≤ 10 %, p90 ≤ 25 %. The test fails
    /// above it.
    @Test func mlperfClosedGoal() throws {
        let r = try Self.report.get()
        let m = r.mlperfSummary
        #expect(
            r.goalMet,
            "median |error| \(m.medianCountingMisses), p90 \(m.p90CountingMisses) over \(m.count) results (\(m.unpredicted) unpredicted, counted as misses); goal ≤ \(AccuracyReport.goalMedian) / ≤ \(AccuracyReport.goalP90)"
        )
    }

    @Test func noRegressionFromThePinnedErrors() throws {
        let m = try Self.report.get().mlperfSummary
        #expect(m.median <= Self.pinnedMedian + 1e-9, "median |error| \(m.median) rose above the pinned \(Self.pinnedMedian)")
        #expect(m.p90 <= Self.pinnedP90 + 1e-9, "p90 |error| \(m.p90) rose above the pinned \(Self.pinnedP90)")
    }

    /// `Docs/accuracy.md` is what the harness computes; `OAM_WRITE_ACCURACY=1` rewrites it.
    @Test func accuracyDocumentIsFresh() throws {
        let markdown = try Self.report.get().markdown
        let path = Fixtures.repositoryRoot.appendingPathComponent("Docs/accuracy.md").path
        if ProcessInfo.processInfo.environment["OAM_WRITE_ACCURACY"] == "1" {
            try markdown.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOfFile: path, encoding: .utf8)
        #expect(
            committed == markdown,
            "Docs/accuracy.md is stale; regenerate with OAM_WRITE_ACCURACY=1 swift test --filter OAMAccuracyTests")
    }
}
