import OAMAdapterAPI
import OAMCore
import OAMSolver
import Testing

/// Plan search, precision handling, reasons, defaults and inputs.
@Suite struct SolverBehaviourTests {
    typealias F = SolverFixtures

    @Test func countsAcceptSuffixesAndExponents() {
        #expect(CountParser.parse("15.6T") == 15.6e12)
        #expect(CountParser.parse("15.6e12") == 15.6e12)
        #expect(CountParser.parse("2k") == 2000)
        #expect(CountParser.parse("1_000") == 1000)
        #expect(CountParser.parse("abc") == nil)
        #expect(CountParser.parse("-3") == nil)
        #expect(CountParser.parseSeconds("500ms") == 0.5)
        #expect(CountParser.parseSeconds("2") == 2)
    }

    /// Bytes print in decimal GB, never GiB: 80 GiB is 85.9 GB.
    @Test func bytesAreDecimal() {
        #expect(Units.bytes(80 * 1_073_741_824) == "85.9 GB")
        #expect(Units.bytes(141_107_412_992) == "141.1 GB")
    }

    /// The issue's example shape: weights above the usable memory of one module name the
    /// minimum module count, with both numbers.
    @Test func memoryReasonInNumbers() {
        let v = F.serve(F.model("meta-llama/llama-3.1-70b"), on: "nvidia/h100-sxm")
        #expect(v.fits && v.modules == 2 && v.best?.plan.tensorParallel == 2)
        #expect(
            v.reasons.contains {
                $0.text.hasPrefix("weights 141.1 GB (bf16) > usable ") && $0.text.hasSuffix("per module → at least 2 modules")
            })
        #expect(v.reasons.contains { $0.text.contains("engine overhead") })
        #expect(v.evidenceTier != nil)
    }

    /// Tensor parallelism divides the heads and stays in the scale-up domain; beyond the
    /// KV-head count the KV heads are replicated, and the verdict says so.
    @Test func tensorParallelDegrees() {
        let qwen = F.model("qwen/qwen3-235b-a22b")  // 64 heads, 4 KV heads
        let degrees = PlanEnumerator(architecture: qwen.architecture, format: .bf16, domainDevices: 8).tensorParallelDegrees
        #expect(degrees == [1, 2, 4, 8])
        let v = F.serve(qwen, on: "nvidia/h100-sxm", modules: 8, alternatives: 40)
        let plans = ([v.best] + v.alternatives.map { Optional($0) }).compactMap { $0?.plan }
        #expect(plans.allSatisfy { $0.tensorParallel <= 8 })
        let tp8 = F.serve(qwen, on: "nvidia/h100-sxm", ServingWorkload(batch: 64), modules: 8)
        if tp8.best?.plan.tensorParallel == 8 {
            #expect(tp8.reasons.contains { $0.text.contains("replicated ×2") })
        }
        let gemma = F.model("google/gemma-2-27b")  // 32 heads, 16 KV heads
        #expect(
            PlanEnumerator(architecture: gemma.architecture, format: .bf16, domainDevices: 8).tensorParallelDegrees == [
                1, 2, 4, 8,
            ])
    }

    /// MLA keeps its latent on every TP rank: per-module KV does not shrink with TP.
    @Test func mlaLatentIsNotSplit() {
        let model = F.model("deepseek-ai/deepseek-v3")
        let profile = ModelProfile(model: model.architecture, format: .fp8Block)
        let tp8 = DeviceShares(profile, ParallelPlan(tensorParallel: 8))
        #expect(tp8.kvFraction == 1)
        let llama = ModelProfile(model: F.model("meta-llama/llama-3.1-70b").architecture, format: .bf16)
        #expect(DeviceShares(llama, ParallelPlan(tensorParallel: 8)).kvFraction == 1.0 / 8)
        #expect(DeviceShares(llama, ParallelPlan(tensorParallel: 4)).kvFraction == 1.0 / 4)
    }

    /// Experts whole (EP) vs sliced (TP) hold the same bytes when the counts divide; EP
    /// rounds experts up when they do not.
    @Test func expertParallelShares() {
        let model = F.model("zai-org/glm-4.5")  // 160 experts
        let profile = ModelProfile(model: model.architecture, format: .bf16)
        #expect(DeviceShares(profile, ParallelPlan(tensorParallel: 8, expertParallel: true)).expertsPerDevice == 20)
        #expect(
            DeviceShares(profile, ParallelPlan(tensorParallel: 1, attentionDataParallel: 6, expertParallel: true))
                .expertsPerDevice == 27)
    }

    /// A precision the chip lacks: upcast by default, refused with --strict-precision, and
    /// weight-only when the adapter says so.
    @Test func precisionFallbacks() {
        let model = F.model("deepseek-ai/deepseek-v3")
        let upcast = F.serve(model, on: "nvidia/a100-sxm-80gb")
        #expect(upcast.precision.mode == .upcast)
        #expect(upcast.reasons.contains { $0.text.contains("upcast to bf16") })
        let strict = F.serve(model, on: "nvidia/a100-sxm-80gb", strict: true)
        #expect(!strict.fits)
        #expect(strict.reasons.contains { $0.text.contains("--strict-precision") })
        // The shipped NVIDIA adapter states FP8 weight-only (Marlin) on Ampere.
        let weightOnly = F.fit(model, on: "nvidia/a100-sxm-80gb")
        if case .weightOnly(let method) = weightOnly.precision.mode {
            #expect(method.contains("W8A16"))
        } else {
            Issue.record("\(weightOnly.precision.mode)")
        }
        #expect(weightOnly.precision.quantizedCompute == .bf16)
        #expect((weightOnly.modules ?? 99) < (upcast.modules ?? 0))
    }

    /// An unknown peak gives a memory verdict but no speed, naming the figure.
    @Test func unknownPeakNoSpeedVerdict() {
        let v = F.serve(F.model("meta-llama/llama-3.1-8b"), on: "huawei/ascend-910b")
        #expect(v.fits)
        #expect(v.best?.speed == nil)
        #expect(v.reasons.contains { $0.text.contains("peak_dense.bf16 of huawei/ascend-910b") && $0.text.contains("unknown") })
    }

    /// Targets: a TTFT target out of reach on few modules pushes the count up, and an
    /// impossible one is reported as missed.
    @Test func targetsMoveTheCount() {
        let model = F.model("meta-llama/llama-3.1-70b")
        let relaxed = F.serve(model, on: "nvidia/h100-sxm", ServingWorkload(inputTokens: 8192, outputTokens: 256))
        let ttft = relaxed.best?.speed?.timeToFirstToken ?? 0
        var tight = ServingWorkload(inputTokens: 8192, outputTokens: 256)
        tight.maxTimeToFirstToken = ttft * 0.6
        let faster = F.serve(model, on: "nvidia/h100-sxm", tight)
        #expect(faster.fits)
        #expect((faster.modules ?? 0) > (relaxed.modules ?? 0))
        tight.maxTimeToFirstToken = 1e-6
        let impossible = F.serve(model, on: "nvidia/h100-sxm", tight)
        #expect(!impossible.fits)
        #expect(impossible.reasons.contains { $0.kind == .target })
    }

    /// MoE decode reads only the experts a batch touches: batch 1 reads far less than the
    /// whole model, a large batch nearly all of it.
    @Test func moeDecodeReadsTouchedExperts() {
        let model = F.model("qwen/qwen3-30b-a3b")
        let one = F.serve(model, on: "nvidia/h100-sxm")
        let many = F.serve(model, on: "nvidia/h100-sxm", ServingWorkload(batch: 256))
        let w1 = one.best?.speed?.decodeStep.weightReads ?? 0
        let w256 = many.best?.speed?.decodeStep.weightReads ?? 0
        #expect(w1 > 0 && w256 > 4 * w1)
    }

    /// Defaults appear in the reasons when no adapter report covers a figure, and an adapter
    /// figure replaces them.
    @Test func defaultsAreVisible() {
        let model = F.model("meta-llama/llama-3.1-8b")
        let plain = F.serve(model, on: "nvidia/h100-sxm")
        #expect(plain.assumptions.contains("sustained bandwidth fraction"))
        let report = CapabilityReport(
            module: "nvidia/h100-sxm",
            sustainedBandwidthFraction: Reported(0.887, source: "https://example.org/azure", tier: .measured))
        let reported = F.serve(model, on: "nvidia/h100-sxm", reports: ["nvidia/h100-sxm": report])
        #expect(!reported.assumptions.contains("sustained bandwidth fraction"))
        #expect((reported.best?.speed?.timePerOutputToken ?? 1) < (plain.best?.speed?.timePerOutputToken ?? 0))
        #expect(SolverDefaults.standard.all.allSatisfy { $0.source != nil })
    }

    /// Devices per module: an MI250X module is two devices, so counts come in whole modules.
    @Test func twoDevicesPerModule() {
        let v = F.serve(F.model("meta-llama/llama-3.1-70b"), on: "amd/mi250x")
        #expect(v.fits)
        #expect((v.best?.plan.devices ?? 0) == 2 * (v.modules ?? 0))
    }

    /// Training: memory with optimizer states and ZeRO, time from 6·N·D, energy from TDP.
    @Test func trainingSizing() throws {
        let model = F.model("meta-llama/llama-3.1-8b")
        func train(_ w: TrainingWorkload, modules: Int? = nil) -> ChipVerdict {
            CompatibilitySolver.solve(
                FitRequest(
                    model: model, workload: .training(w),
                    hardware: HardwareQuery(chips: [F.chip("nvidia/h100-sxm")], modules: modules, maxModules: 65_536))
            ).results[0]
        }
        // 8B × 16 B of weights, gradients and AdamW states = 128 GB: without ZeRO it needs tensor
        // parallelism on 8 modules; ZeRO-3 shards all of it over 8 data-parallel ranks.
        let base = train(TrainingWorkload(tokens: 1e12, zeroStage: 0), modules: 8)
        let zero3 = train(TrainingWorkload(tokens: 1e12, zeroStage: 3), modules: 8)
        #expect(base.fits && zero3.fits)
        #expect((base.training?.plan.tensorParallel ?? 0) > 1)
        #expect(zero3.training?.plan.tensorParallel == 1 && zero3.training?.plan.replicas == 8)
        #expect(abs((zero3.training?.optimizer ?? 0) - 12 * 8_030_261_248 / 8) < 1e9)
        let fast = train(TrainingWorkload(tokens: 1e12, days: 7))
        let t = try #require(fast.training)
        #expect(t.days <= 7.0001)
        #expect(abs(t.energyKWh - Double(fast.modules!) * 700 * t.days * 24 / 1000) < 1)
        #expect(abs(t.moduleHours - Double(fast.modules!) * t.days * 24) < 1e-6 * t.moduleHours)
        let fixed = train(TrainingWorkload(tokens: 1e12), modules: 64)
        #expect(fixed.modules == 64)
        // 6·N·D with N the matmul parameters (embedding lookup excluded).
        #expect(
            abs(
                (fixed.training?.totalFLOPs ?? 0) - 6 * ModelProfile(model: model.architecture, format: .bf16).macsPerToken * 1e12
            ) < 1)
    }

    /// Ranking: fitting chips first, then fewer modules.
    @Test func ranking() {
        let chips = ["nvidia/h100-sxm", "amd/mi300x", "nvidia/a100-sxm-80gb", "huawei/ascend-910b"].map(F.chip)
        let report = CompatibilitySolver.solve(
            FitRequest(
                model: F.model("meta-llama/llama-3.1-70b"), workload: .serving(ServingWorkload()),
                hardware: HardwareQuery(chips: chips)))
        #expect(report.results.first?.chip == "amd/mi300x")
        let modules = report.results.compactMap(\.modules)
        #expect(modules == modules.sorted())
        #expect(report.model.weightsBytes == 141_107_412_992)
        #expect(report.model.kvCacheBytesPerToken == 327_680)
    }
}
