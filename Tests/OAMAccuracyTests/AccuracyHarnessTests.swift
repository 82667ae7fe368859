import Foundation
import OAMTestSupport
import Testing

/// The public-results harness: predicts every manifest result with the real solver, prints
/// predicted vs published, and keeps `Docs/accuracy.md` in step.
@Suite struct AccuracyHarnessTests {
    static let report: Result<AccuracyReport, Error> = Result { try AccuracyReport.run() }

    /// Median and p90 |error| over the MLPerf closed results (the goal is not met yet). A
    /// change that makes either worse fails here; one that improves them lowers these pins in
    /// the same commit. History: 14.9 % / 26.6 % when the harness landed; 15.7 % / 25.0 % with
    /// the latency-bounded Server/Interactive search (queueing lowers Server to the offline
    /// bias; Interactive moved from +14 % to −8 % median signed error); 14.9 % / 24.2 % with the
    /// H200 NVL's GEMM and streaming ceilings in the NVIDIA adapter (it ran on the 0.5 / 0.75
    /// defaults: −43.6 % → −21.1 % median signed error on its 16 results); unchanged with the
    /// p99 (instead of mean) time per output token (Interactive −5.2 % → −7.9 % median signed);
    /// 14.5 % / 24.2 % with the GB200's measured FP8 and FP4 GEMM ceilings (its 12 results: −16.2 %
    /// → +11.9 % median signed; Offline/Server +9 … +20 %, Interactive +59.8 %); the p90 moved
    /// from at most 24.200 % to 24.201 % (another result at that rank), hence its pin 0.2421.
    /// 18.1 % / 24.6 % when the 48 Mixtral-8x7B results entered (337 → 385 results) with the
    /// dataset's mean prompt length (427 tokens): new data, not a model change; the solver is
    /// optimistic on them (+21.6 % median signed; MI300X/MI325X Server +34 … +42 %). 17.2 % /
    /// 24.4 % with the MoE terms (`ExpertLoad`): routed-expert GEMMs at one expert's size, the
    /// busiest EP device's share (Mixtral +21.6 % → +20.6 % median signed). 12.1 % / 31.7 % with
    /// Llama-2-70B's sourced mean prompt length (222 tokens over the 24,576 samples) instead of
    /// the assumed 300: a data correction, not a model change, and a trade-off — the median
    /// falls, the p90 rises because the shorter prompts expose optimism the assumption hid
    /// (H100 −0.2 % → +20 % and GB200 +10 % → +30 % median signed; H200 −21 % → −6 %, B200 −24 %
    /// → −12 %). 13.2 % / 32.8 % when the 108 Llama-3.1-8B, Llama-3.1-405B and DeepSeek-R1
    /// results entered (385 → 493) with their datasets' sourced mean prompt lengths (871, 9,429
    /// and 804 tokens) and the eight Llama-3.1-8B Interactive results whose loadgen summaries
    /// state tokens/s: new data, not a model change (the 385 earlier predictions are unchanged);
    /// 405B on B200 −23 % (default ceilings, long prefill), 8B on B200 +15 … +51 %, DeepSeek-R1
    /// Server +31 … +75 %. 11.4 % / 40.6 % with three corrections, none a fitted constant: results
    /// predicted with strict precision (a published result ran its stated weight format, so the
    /// 1×B200 NVFP4 v4.1 preview on CUDA 12.7, which the adapter says lacks FP4 until CUDA 12.8,
    /// is unpredicted with that reason instead of −75 % as a bf16 upcast); the six H200 MaxQ
    /// results excluded as `power-capped` (500 W per GPU in NVIDIA's config); the B200's BF16
    /// and FP8 GEMM ceilings measured (OpenXLA's sm_100 table, 0.630 / 0.614 of the peaks)
    /// instead of the 0.5 default. The p90 rises: with real ceilings the B200's small-model and
    /// Interactive results turn optimistic (Llama-3.1-8B +35 %, Llama-2-70B Interactive +39 %),
    /// which the default ceilings had hidden. 11.8 % / 40.8 % when the L40S's BF16 peak (362.05
    /// TFLOPS, the data sheet's row as a reseller's page reproduces it) let its 9 results be
    /// predicted: new data, not a model change (+21 % median signed; NeuralMagic's reference
    /// PyTorch implementation on 8×L40S is +481 %). 10.0 % / 25.7 % (0.09998 / 0.2566) when
    /// every operator's memory time counts its activations, not only its weights: each GEMM
    /// reads its input and writes its output in 16-bit, attention reads the queries and writes
    /// the outputs, as Calculon counts each layer's memory traffic (a formula, no constant;
    /// 100 → 48 results beyond ±25 %, the B200's Llama-3.1-8B Offline median +35 % → +11 %).
    /// 9.9 % / 21.1 % (0.09872 / 0.21111; 35 beyond ±25 %) when the GEMM size curve is read at
    /// the time a GEMM takes on its own ceiling rather than at its FLOPs (the curve's steps are
    /// FLOPs at the H100's BF16 ceiling, 794.5 TFLOPS; Azure's GB200 and H100 FP8 cuBLASLt
    /// sweeps follow the time-keyed reading); counting the 13 unpredicted results as misses,
    /// 9.991 % / 24.958 %: the goal is met, by 0.04 points of p90.
    static let pinnedMedian = 0.0988
    static let pinnedP90 = 0.2112
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
        let m = try Self.report.get().mlperfSummary
        #expect(
            m.medianCountingMisses <= AccuracyReport.goalMedian,
            "median |error| \(m.medianCountingMisses) over \(m.count) results (\(m.unpredicted) unpredicted, counted as misses)")
        #expect(
            m.p90CountingMisses <= AccuracyReport.goalP90,
            "p90 |error| \(m.p90CountingMisses) over \(m.count) results (\(m.unpredicted) unpredicted, counted as misses)")
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
