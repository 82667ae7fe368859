import Foundation
import OAMAdapterAPI
import OAMCore
import OAMSolver
import Testing

/// The solver never traps: malformed models are refused with their shape problem, and
/// zero, negative, non-finite, unknown or absurd figures in descriptors, adapter reports and
/// workloads give verdicts (possibly "no speed verdict" or "does not fit"), never a crash or
/// a non-finite number in a reported speed.
@Suite struct RobustnessTests {
    typealias F = SolverFixtures

    static var llama: ModelArchitecture { F.llama2_70b.architecture }

    static func solve(
        _ architecture: ModelArchitecture, chips: [AcceleratorDescriptor] = [F.chip("nvidia/h100-sxm")],
        _ workload: Workload = .serving(ServingWorkload()), modules: Int? = nil, maxModules: Int = 128,
        reports: [String: CapabilityReport] = [:]
    ) -> FitReport {
        let model = ModelDescriptor(id: "test/model", name: "test", architecture: architecture, checkpoint: .init(dtype: "bf16"))
        return CompatibilitySolver.solve(
            FitRequest(
                model: model, workload: workload, hardware: HardwareQuery(chips: chips, modules: modules, maxModules: maxModules),
                reports: reports))
    }

    /// A speed estimate, when present, is made of finite non-negative numbers. Without one
    /// (no speed verdict, or nothing fits) the verdict still says why, and the memory figures
    /// of the plan it did evaluate are finite.
    static func checkFinite(_ v: ChipVerdict, _ label: String) {
        if let m = v.best?.memory {
            for (name, x) in [
                ("weights", m.weights), ("kv cache", m.kvCache), ("activations", m.activations),
                ("usable", m.usable), ("kv per sequence", m.kvPerSequence), ("total", m.total),
            ] {
                #expect(x.isFinite, "\(label): memory \(name) = \(x)")
            }
        }
        guard let s = v.best?.speed else {
            #expect(!v.reasons.isEmpty, "\(label): no speed and no reason")
            return
        }
        for (name, x) in [
            ("ttft", s.timeToFirstToken), ("tpot", s.timePerOutputToken), ("output", s.outputTokensPerSecond),
            ("decode", s.decodeTokensPerSecond), ("mfu", s.modelComputeEfficiency),
        ] {
            #expect(x.isFinite && x >= 0, "\(label): \(name) = \(x)")
        }
    }

    /// Every kind of shape problem: refused on every chip with the problem in words.
    @Test func malformedModelsAreRefusedNotTrapped() {
        var shapes: [(String, ModelArchitecture)] = []
        func variant(_ name: String, _ change: (inout ModelArchitecture) -> Void) {
            var a = Self.llama
            change(&a)
            shapes.append((name, a))
        }
        variant("kv_heads 0") { $0.attention.kvHeads = 0 }
        variant("heads 0") { $0.attention.heads = 0 }
        variant("heads not a multiple of kv_heads") {
            $0.attention.heads = 60
            $0.attention.kvHeads = 7
        }
        variant("layers 0") { $0.layers = 0 }
        variant("negative hidden size") { $0.hiddenSize = -8192 }
        variant("head_dim 0") { $0.attention.headDim = 0 }
        variant("vocab 0") { $0.vocabSize = 0 }
        variant("huge layers") { $0.layers = Int.max }
        variant("huge hidden") { $0.hiddenSize = Int.max / 2 }
        variant("intermediate 0") { $0.mlp?.intermediateSize = 0 }
        variant("experts 0") { $0.moe = .init(experts: 0, expertsPerToken: 0, expertIntermediateSize: 1024) }
        variant("top-k above experts") { $0.moe = .init(experts: 4, expertsPerToken: 8, expertIntermediateSize: 1024) }
        variant("negative sliding window") { $0.attention.slidingWindow = -1 }
        let chips = ["nvidia/h100-sxm", "amd/mi250x", "huawei/ascend-910b"].map(F.chip)
        for (name, a) in shapes {
            #expect(a.shapeProblem != nil, "\(name) should be a shape problem")
            for workload in [Workload.serving(ServingWorkload()), .training(TrainingWorkload(tokens: 1e12))] {
                let report = Self.solve(a, chips: chips, workload)
                #expect(report.results.count == chips.count)
                for v in report.results {
                    #expect(!v.fits, "\(name)")
                    #expect(v.reasons.contains { $0.text.contains("cannot be sized") }, "\(name): \(v.reasons.map(\.text))")
                }
            }
        }
    }

    /// Zero, negative, non-finite and unknown registry figures: no trap, no infinite speed.
    @Test func degenerateAcceleratorFigures() {
        var chips: [AcceleratorDescriptor] = []
        func variant(_ id: String, _ change: (inout AcceleratorDescriptor) -> Void) {
            var a = F.chip("nvidia/h100-sxm")
            a.id = "test/\(id)"
            change(&a)
            chips.append(a)
        }
        variant("zero-bandwidth") { $0.memory.bandwidth?.value?.value = 0 }
        variant("nan-bandwidth") { $0.memory.bandwidth?.value?.value = .nan }
        variant("unknown-bandwidth") { $0.memory.bandwidth?.value = nil }
        variant("negative-peak") { a in for p in Array(a.peakDense.keys) { a.peakDense[p]?.value?.value = -1 } }
        variant("infinite-peak") { a in for p in Array(a.peakDense.keys) { a.peakDense[p]?.value?.value = .infinity } }
        variant("zero-capacity") { $0.memory.capacity?.value?.value = 0 }
        variant("huge-capacity") { $0.memory.capacity?.value?.value = 1e300 }
        variant("zero-devices") { $0.devicesPerModule = 0 }
        variant("negative-devices") { $0.devicesPerModule = -4 }
        variant("huge-devices") { $0.devicesPerModule = Int.max }
        variant("zero-domain") { $0.scaleUp?.domainSize?.value = 0 }
        variant("huge-domain") { $0.scaleUp?.domainSize?.value = Int.max }
        variant("zero-links") {
            $0.scaleUp?.linkBandwidth?.value?.value = 0
            $0.scaleUp?.totalBandwidth?.value?.value = 0
        }
        variant("zero-tdp") { $0.power.tdp?.value?.value = 0 }
        let workloads: [Workload] = [
            .serving(ServingWorkload()),
            .serving(
                ServingWorkload(inputTokens: 8192, outputTokens: 1024, maximizeBatch: true, weights: .fp8, kvPrecision: .fp8)),
            .training(TrainingWorkload(tokens: 1e12, days: 30)),
        ]
        for workload in workloads {
            for modules in [nil, 1, 8] as [Int?] {
                let report = Self.solve(Self.llama, chips: chips, workload, modules: modules)
                #expect(report.results.count == chips.count)
                for v in report.results { Self.checkFinite(v, v.chip) }
            }
        }
        let zero = Self.solve(Self.llama, chips: chips.filter { $0.id == "test/zero-bandwidth" }).results[0]
        #expect(zero.best?.speed == nil)
        #expect(zero.reasons.contains { $0.text.contains("memory.bandwidth") })
    }

    /// Nonsense in an adapter report (an out-of-tree adapter can send anything the protocol
    /// decodes): ignored figure by figure, defaults used instead.
    @Test func degenerateAdapterReports() {
        let id = "nvidia/h100-sxm"
        let source = "https://example.org/report"
        func number(_ x: Double) -> Reported<Double> { Reported(x, source: source, tier: .measured) }
        let reports: [CapabilityReport] = [.nan, -1, 0, 1e9, .infinity].map { x in
            CapabilityReport(
                module: id, usableMemoryBytes: number(x), sustainedComputeFraction: number(x),
                sustainedComputeByPrecision: [SustainedCompute(.fp8, fraction: x, source: source, tier: .measured)],
                sustainedBandwidthFraction: number(x),
                scaleUp: ScaleUpReport(
                    domainSize: Reported(x.isFinite && abs(x) < 1e6 ? Int(x) : Int.max, source: source, tier: .measured),
                    perPeerBytesPerSecond: number(x), allReduceBytesPerSecond: number(x)),
                scaleOutBytesPerSecond: number(x))
        }
        for report in reports {
            for workload in [
                Workload.serving(ServingWorkload(weights: .fp8)), .serving(ServingWorkload(batch: 64)),
                .training(TrainingWorkload(tokens: 1e12)),
            ] {
                let v = Self.solve(Self.llama, workload, reports: [id: report]).results[0]
                Self.checkFinite(v, "report \(report.sustainedComputeFraction?.value ?? 0)")
            }
        }
        let minimal = CapabilityReport(
            module: id, scaleUp: ScaleUpReport(domainSize: Reported(Int.min, source: source, tier: .measured)))
        Self.checkFinite(Self.solve(Self.llama, modules: 16, reports: [id: minimal]).results[0], "Int.min domain")
    }

    /// Extreme workloads and hardware queries: clamped, answered.
    @Test func extremeWorkloadsAndQueries() {
        let servings = [
            ServingWorkload(inputTokens: 0, outputTokens: 0),
            ServingWorkload(inputTokens: -5, outputTokens: -5, batch: -3),
            ServingWorkload(inputTokens: Int.max, outputTokens: Int.max),
            ServingWorkload(batch: 0),
            ServingWorkload(batch: Int.max),
            ServingWorkload(maximizeBatch: true, maxBatchPerReplica: 0),
            ServingWorkload(maximizeBatch: true, maxBatchPerReplica: Int.max),
            ServingWorkload(memoryUtilization: .nan),
            ServingWorkload(memoryUtilization: -1),
            ServingWorkload(memoryUtilization: 7),
            ServingWorkload(maxTimeToFirstToken: .nan, minTokensPerSecondPerUser: -.infinity),
        ]
        for w in servings {
            for (modules, maxModules) in [(nil, 128), (0, 128), (Int.max, 128), (nil, Int.min), (nil, 0)] as [(Int?, Int)] {
                if modules == Int.max && w.inputTokens > 100_000 { continue }  // answered, but slowly
                let v = Self.solve(Self.llama, .serving(w), modules: modules, maxModules: maxModules).results[0]
                Self.checkFinite(v, "\(w) \(String(describing: modules))")
            }
        }
        let trainings = [
            TrainingWorkload(tokens: .nan), TrainingWorkload(tokens: .infinity), TrainingWorkload(tokens: -1),
            TrainingWorkload(tokens: 1e12, days: 0), TrainingWorkload(tokens: 1e12, days: -1),
            TrainingWorkload(tokens: 1e30, days: 1e-9),
            TrainingWorkload(tokens: 1e12, mfu: 0), TrainingWorkload(tokens: 1e12, mfu: .nan),
            TrainingWorkload(tokens: 1e12, zeroStage: 9, sequenceLength: 0, microBatch: 0),
            TrainingWorkload(tokens: 1e12, sequenceLength: Int.max, microBatch: Int.max),
        ]
        for w in trainings {
            let v = Self.solve(Self.llama, .training(w), maxModules: 1024).results[0]
            if let t = v.training { #expect(!t.days.isNaN, "\(w)") }
        }
    }

    /// Malformed quantization metadata: a zero block or group size is not a division by zero.
    @Test func malformedQuantizationBlocks() {
        for q in [
            ModelDescriptor.Quantization(method: "fp8", blockSize: [0, 0]), .init(method: "fp8", blockSize: [128]),
            .init(method: "fp8", blockSize: [-128, 128]), .init(method: "mxfp4", groupSize: 0),
            .init(method: "awq", groupSize: -1),
        ] {
            let model = ModelDescriptor(
                id: "test/q", name: "q", architecture: Self.llama, checkpoint: .init(dtype: "bf16", quantization: q))
            let report = CompatibilitySolver.solve(
                FitRequest(
                    model: model, workload: .serving(ServingWorkload()),
                    hardware: HardwareQuery(chips: [F.chip("nvidia/h100-sxm")])))
            #expect(report.model.weightsBytes > 0)
            Self.checkFinite(report.results[0], "\(q)")
        }
    }
}
