import OAMCore
import Testing

@testable import OAMSolver

/// `--assume` in the solver: an unknown figure is named with the assumption that fills it;
/// the assumption fills it (never a stated one) and the verdict computes with it, names it
/// and carries the tier `assumed`.
@Suite struct FigureAssumptionSolverTests {
    typealias F = SolverFixtures

    func solve(
        _ model: String, on chip: AcceleratorDescriptor, _ workload: Workload, _ assume: [String] = [], explain: Bool = false
    ) throws -> ChipVerdict {
        let request = FitRequest(
            model: F.model(model), workload: workload, hardware: HardwareQuery(chips: [chip]), explain: explain,
            assumptions: try FigureAssumption.parse(assume))
        return try #require(CompatibilitySolver.solve(request).results.first)
    }

    /// The Iluvatar MR-V100 states FP16 96 TFLOPS but no BF16 peak, no memory bandwidth and
    /// no TDP: without assumptions no speed, and the reason names each missing figure with
    /// the `--assume` that fills it (a ratio of the FP16 peak it states).
    @Test func unknownFiguresAreNamedWithTheAssumeThatFillsThem() throws {
        let v = try solve("meta-llama/llama-3.1-8b", on: F.chip("iluvatar/mr-v100"), .serving(ServingWorkload(batch: 8)))
        #expect(v.best != nil && v.best?.speed == nil)
        let texts = v.reasons.map(\.text)
        #expect(
            texts.contains(
                "no speed verdict: memory.bandwidth of iluvatar/mr-v100, peak_dense.bf16 of iluvatar/mr-v100 are unknown (memory.bandwidth: compute with an assumed value: --assume bandwidth=NUMBER GB/s; peak_dense.bf16: compute with an assumed value: --assume bf16=NUMBER TFLOPS or --assume bf16=FACTORx:fp16)"
            ), "\(texts)")
        #expect(
            texts.contains(
                "power unknown: power.tdp of iluvatar/mr-v100 is unknown (compute with an assumed value: --assume tdp=NUMBER W)"))
        #expect(v.assumedFigures.isEmpty)
        #expect(Set(v.unknownFigures).isSuperset(of: ["memory.bandwidth", "peak_dense.bf16", "power.tdp"]))
    }

    /// With `bf16=2x:fp16`, `bandwidth=1.5 TB/s` and `tdp=150 W` the same question has a
    /// speed at 2 × 96 = 192 TFLOPS BF16 and 1.5 TB/s per device (one device per module),
    /// 150 W per module; each assumption is named with its value, and the verdict is
    /// `assumed` (its stated figures are press-tier).
    @Test func assumedFiguresGiveASpeedAndAreNamed() throws {
        let assume = ["bf16=2x:fp16", "bandwidth=1.5 TB/s", "tdp=150 W"]
        let v = try solve(
            "meta-llama/llama-3.1-8b", on: F.chip("iluvatar/mr-v100"), .serving(ServingWorkload(batch: 8)), assume,
            explain: true)
        let speed = try #require(v.best?.speed)
        #expect(speed.peakPrecision == .bf16 && speed.peakUsed == 1.92e14)
        #expect(v.power == Double(try #require(v.modules)) * 150)
        #expect(v.evidenceTier == .assumed && v.statedTier == .press)
        #expect(
            v.assumptions.filter { $0.hasPrefix("--assume") } == [
                "--assume bandwidth=1.5 TB/s", "--assume bf16=2x:fp16", "--assume tdp=150 W",
            ])
        #expect(v.assumedFigures.map(\.used) == [true, true, true])
        #expect(v.assumedFigures.map(\.perModule) == [1.92e14, 1.5e12, 150])
        let texts = v.reasons.map(\.text)
        #expect(
            texts.contains(
                "assumed peak_dense.bf16 of iluvatar/mr-v100 = 192 TFLOPS per module = 2 × peak_dense.fp16 96 TFLOPS (--assume bf16=2x:fp16)"
            ), "\(texts)")
        #expect(
            texts.contains("assumed memory.bandwidth of iluvatar/mr-v100 = 1.5 TB/s per module (--assume bandwidth=1.5 TB/s)"))
        #expect(texts.last?.hasPrefix("weakest evidence among the figures used: assumed") == true)
        #expect(!v.unknownFigures.contains("peak_dense.bf16") && !v.unknownFigures.contains("memory.bandwidth"))
        // --explain shows the assumed ceiling in its arithmetic, naming the assumption.
        let lines = v.explanation.flatMap(\.lines)
        #expect(lines.contains { $0.hasPrefix("large-GEMM ceiling = 192.0 TFLOPS (bf16) [--assume bf16=2x:fp16] × 0.5") })
        #expect(lines.contains { $0.hasPrefix("streaming-read ceiling = 1.50 TB/s [--assume bandwidth=1.5 TB/s] × 0.75") })
    }

    /// Training rests on the peak alone: 6·N·D FLOPs ÷ (devices × peak × MFU). Without a BF16
    /// peak no duration; with `bf16=2x:fp16` the peak is 192 TFLOPS and, at MFU 0.4, the
    /// days are 6·N·D ÷ (devices × 1.92e14 × 0.4) ÷ 86,400.
    @Test func anAssumedPeakGivesATrainingDurationByHand() throws {
        let workload = Workload.training(TrainingWorkload(tokens: 1e9, mfu: 0.4))
        let unknown = try solve("meta-llama/llama-3.1-8b", on: F.chip("iluvatar/mr-v100"), workload)
        #expect(unknown.training == nil)
        #expect(
            unknown.reasons.contains {
                $0.text
                    == "no duration: peak_dense.bf16 of iluvatar/mr-v100 is unknown (compute with an assumed value: --assume bf16=NUMBER TFLOPS or --assume bf16=FACTORx:fp16)"
            })
        let v = try solve("meta-llama/llama-3.1-8b", on: F.chip("iluvatar/mr-v100"), workload, ["bf16=2x:fp16"])
        let t = try #require(v.training)
        let devices = Double(t.plan.devices)
        #expect(t.peak == 2 * 96e12)
        #expect(abs(t.days - t.totalFLOPs / (devices * 1.92e14 * 0.4) / 86_400) <= 1e-12 * t.days)
        #expect(v.evidenceTier == .assumed && v.assumptions.contains("--assume bf16=2x:fp16"))
    }

    /// A ratio and an absolute value of the same figure give the same answer, bit for bit:
    /// H100 with its BF16 peak made unknown and `bf16=1x:fp16` (H100's FP16 peak equals its
    /// BF16 one) answers exactly as the untouched H100 does, only its tier differs.
    @Test func anAssumedPeakEqualToTheStatedOneReproducesTheAnswer() throws {
        let h100 = F.chip("nvidia/h100-sxm")
        var blind = h100
        blind.peakDense[.bf16]?.value = nil
        let workload = Workload.serving(ServingWorkload(batch: 32))
        let stated = try solve("meta-llama/llama-3.1-70b", on: h100, workload)
        let unknown = try solve("meta-llama/llama-3.1-70b", on: blind, workload)
        #expect(unknown.best?.speed == nil)
        let assumed = try solve("meta-llama/llama-3.1-70b", on: blind, workload, ["bf16=1x:fp16"])
        #expect(h100.peakDense[.bf16]?.value?.value == h100.peakDense[.fp16]?.value?.value)
        let a = try #require(assumed.best?.speed)
        let s = try #require(stated.best?.speed)
        #expect(a.outputTokensPerSecond == s.outputTokensPerSecond && a.timePerOutputToken == s.timePerOutputToken)
        #expect(assumed.modules == stated.modules && assumed.best?.plan == stated.best?.plan)
        #expect(assumed.assumedFigures.first?.used == true)
    }

    /// An assumed capacity is named and makes the verdict `assumed`, and the memory derived
    /// from it (less the driver reserve) does not count as a stated figure: H100 with its
    /// capacity made unknown and assumed at its stated 80 GB answers as the untouched H100,
    /// with the same weakest stated tier.
    @Test func anAssumedCapacityIsNotAStatedFigure() throws {
        let h100 = F.chip("nvidia/h100-sxm")
        var blind = h100
        blind.memory.capacity?.value = nil
        let workload = Workload.serving(ServingWorkload(batch: 32))
        let stated = try solve("meta-llama/llama-3.1-70b", on: h100, workload)
        let unknown = try solve("meta-llama/llama-3.1-70b", on: blind, workload)
        #expect(unknown.modules == nil)
        #expect(
            unknown.reasons.contains {
                $0.kind == .unknown
                    && $0.text
                        == "memory.capacity of nvidia/h100-sxm is unknown: no memory verdict (compute with an assumed value: --assume capacity=NUMBER GB)"
            })
        let capacity = try #require(h100.memory.capacity?.value?.value)
        let assumed = try solve(
            "meta-llama/llama-3.1-70b", on: blind, workload, ["capacity=\(NumberText.plain(capacity / 1e9, decimals: 0)) GB"])
        #expect(assumed.best?.speed?.outputTokensPerSecond == stated.best?.speed?.outputTokensPerSecond)
        #expect(assumed.statedTier == stated.statedTier && assumed.evidenceTier == .assumed)
        #expect(assumed.assumedFigures.first?.used == true)
    }

    /// An assumption never replaces a stated figure: the answer is the same as without it,
    /// and the reasons say it was not used and what the module states.
    @Test func aStatedFigureIsKept() throws {
        let workload = Workload.serving(ServingWorkload(batch: 32))
        let plain = try solve("meta-llama/llama-3.1-70b", on: F.chip("nvidia/h100-sxm"), workload)
        let v = try solve(
            "meta-llama/llama-3.1-70b", on: F.chip("nvidia/h100-sxm"), workload, ["bf16=400 TFLOPS", "fp8=2x:int4"])
        #expect(v.best?.speed?.outputTokensPerSecond == plain.best?.speed?.outputTokensPerSecond)
        #expect(v.assumedFigures.allSatisfy { $0.perModule == nil && !$0.used })
        let texts = v.reasons.filter { $0.kind == .assumed }.map(\.text)
        #expect(texts.count == 2)
        #expect(
            texts[0].hasPrefix("--assume bf16=400 TFLOPS not used on nvidia/h100-sxm: it states peak_dense.bf16 = 989.4 TFLOPS"))
        #expect(texts[1].hasPrefix("--assume fp8=2x:int4 not used on nvidia/h100-sxm: it states peak_dense.fp8"))
        #expect(!v.assumptions.contains { $0.hasPrefix("--assume") })
    }

    /// Ratios resolve in any order once their base is known; a ratio whose base stays
    /// unknown is not used. MR-V100 lists FP8 as unsupported: an FP8 peak is not assumed.
    @Test func ratiosChainAndUnsupportedPrecisionsStay() throws {
        let chip = ChipProfileBuilder.build(
            F.chip("iluvatar/mr-v100"), report: nil, defaults: .standard,
            assumptions: try FigureAssumption.parse(["int4=2x:bf16", "bf16=1x:fp16", "tf32=1x:fp64", "fp8=1 PFLOPS"]))
        // bf16 = 1 × 96 TFLOPS; int4 = 2 × that = 192 TOPS, though written first.
        #expect(chip.peak(.bf16)?.value == 96e12 && chip.peak(.int4)?.value == 192e12)
        #expect(chip.peak(.tf32) == nil && chip.peak(.fp8) == nil)
        let outcomes = chip.assumed.map(\.outcome)
        #expect(outcomes[2] == .notUsed(why: "its base peak_dense.fp64 is unknown too"))
        #expect(outcomes[3] == .notUsed(why: "its descriptor lists fp8 under unsupported, which is kept"))
        #expect(chip.support[.int4]?.isNative == true)
        #expect(chip.support[.int4]?.evidence == "assumed peak_dense.int4 = 192 TOPS per module (--assume int4=2x:bf16)")
    }
}
