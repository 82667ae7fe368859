import OAMCore
import Testing

@testable import OAMSolver

/// Small synthetic models, chips and defaults for the exact tests of the speed and memory
/// model. Every figure is chosen so that the expected values can be worked out by hand in
/// the tests; none of them describes real hardware.
enum ExactFixtures {
    /// A figure stated by a (synthetic) descriptor.
    static func stated(_ value: Double, _ path: String) -> Sourced {
        Sourced(value, tier: .vendor, origin: .registry(path: path))
    }

    /// Defaults whose efficiency curves have two steps each, so the tests see both sides:
    /// GEMMs of ≥ 1e6 FLOP run at the full ceiling, smaller ones at half of it; memory
    /// operations of ≥ 16,384 B at the full streaming rate, smaller ones at half. Non-GEMM
    /// share 0.2 (so the non-GEMM time is 0.2 / 0.8 = 0.25 of the kernel time), the GEMM curve's
    /// sizes taken at 1e15 FLOP/s, attention
    /// kernels at 0.25 of the GEMM ceiling, no memory/compute overlap, a 64-token engine
    /// budget.
    static var defaults: SolverDefaults {
        var d = SolverDefaults()
        d.gemmSizeEfficiency = EfficiencyCurve(
            name: "test GEMM curve", steps: [.init(1e6, 1.0), .init(0, 0.5)], unit: 1, source: "test", note: "test")
        d.memorySizeEfficiency = EfficiencyCurve(
            name: "test memory curve", steps: [.init(16_384, 1.0), .init(0, 0.5)], unit: 1, source: "test", note: "test")
        d.nonGEMMShare.value = 0.2
        d.attentionEfficiency.value = 0.25
        d.operatorOverlap.value = 0
        d.profileTokens.value = 64
        // The GEMM curve is drawn at the fixture's bf16 ceiling, 1e15 FLOP/s: bf16 GEMMs read it
        // at their FLOPs, fp8 GEMMs (2e15) at half theirs.
        d.gemmReferenceRate.value = 1e15
        return d
    }

    /// A chip with round figures per device: 2 TB/s at a 0.5 streaming fraction (1e12 B/s
    /// sustained), 2 PFLOP/s bf16 and 4 PFLOP/s fp8 at a 0.5 GEMM fraction (1e15 and 2e15
    /// sustained); a switched 100 GB/s scale-up link at 0.5 all-reduce efficiency and 10 µs
    /// latency over 4 devices; 10 GB/s scale-out at 100 µs; 10 GB exposed, 1 GB engine
    /// overhead; 500 W.
    static func chip(topology: LinkProfile.Topology = .switched, domain: Int = 4, measuredAllReduce: Double? = nil)
        -> ChipProfile
    {
        ChipProfile(
            id: "exact-chip", name: "Exact Chip", formFactor: nil, devicesPerModule: 1,
            capacity: stated(11e9, "memory.capacity"), exposed: stated(10e9, "memory.capacity"),
            bandwidth: stated(2e12, "memory.bandwidth"),
            peaks: [.bf16: stated(2e15, "peak_dense.bf16"), .fp8: stated(4e15, "peak_dense.fp8")],
            support: [.bf16: .native(evidence: "test"), .fp8: .native(evidence: "test")],
            link: LinkProfile(
                topology: topology, bandwidth: stated(1e11, "interconnect.scale_up.bandwidth"),
                measuredAllReduce: measuredAllReduce.map { stated($0, "adapter") }, domainDevices: domain,
                efficiency: stated(0.5, "all-reduce efficiency"), latency: stated(1e-5, "collective latency")),
            scaleOut: stated(1e10, "interconnect.scale_out.bandwidth"), crossNodeLatency: stated(1e-4, "cross-node latency"),
            tdp: stated(500, "power.tdp"), computeFraction: stated(0.5, "compute fraction"),
            bandwidthFraction: stated(0.5, "bandwidth fraction"), engineOverhead: stated(1e9, "engine overhead"),
            unknownPaths: [], notes: [])
    }

    /// A dense GQA model: 2 layers, hidden 64, 4 heads / 2 KV heads of 16, gated MLP of 128,
    /// vocabulary 256, untied. Per layer: q and o 64×64 (4,096 elements each), k and v
    /// 32×64 (4,096 together), gate and up 128×64 (16,384 together), down 64×128 (8,192);
    /// two RMSNorm vectors of 64.
    static var dense: ModelArchitecture {
        ModelArchitecture(
            hfArchitecture: "LlamaForCausalLM", layers: 2, hiddenSize: 64, vocabSize: 256, tieWordEmbeddings: false,
            maxContext: 4096, attention: .init(kind: .gqa, heads: 4, kvHeads: 2, headDim: 16),
            mlp: .init(gated: true, intermediateSize: 128))
    }

    /// The dense model's attention with a mixture of experts in both layers: 4 routed
    /// experts of width 32 (2 per token) and 1 shared expert of width 32.
    static var moe: ModelArchitecture {
        ModelArchitecture(
            hfArchitecture: "MixtralForCausalLM", layers: 2, hiddenSize: 64, vocabSize: 256, tieWordEmbeddings: false,
            maxContext: 4096, attention: .init(kind: .gqa, heads: 4, kvHeads: 2, headDim: 16), mlp: nil,
            moe: .init(experts: 4, expertsPerToken: 2, sharedExperts: 1, expertIntermediateSize: 32))
    }

    /// Multi-head latent attention: 2 layers, hidden 64, 4 heads, q_lora 32, kv_lora 32,
    /// qk_nope 16, qk_rope 8, v 16; gated MLP of 128.
    static var mla: ModelArchitecture {
        ModelArchitecture(
            hfArchitecture: "DeepseekV2ForCausalLM", layers: 2, hiddenSize: 64, vocabSize: 256, tieWordEmbeddings: false,
            maxContext: 4096,
            attention: .init(
                kind: .mla, heads: 4, kvHeads: 4, headDim: 24,
                mla: .init(qLoraRank: 32, kvLoraRank: 32, qkNopeHeadDim: 16, qkRopeHeadDim: 8, vHeadDim: 16)),
            mlp: .init(gated: true, intermediateSize: 128))
    }

    /// Everything in bf16 (weights, math, KV).
    static func bf16Plan() -> PrecisionPlan {
        PrecisionPlan(
            format: .bf16, requested: .bf16, quantizedCompute: .bf16, baselineCompute: .bf16, kv: .bf16, mode: .asRequested,
            reasons: [])
    }

    /// fp8 weights and GEMMs (the rest bf16, KV bf16).
    static func fp8Plan() -> PrecisionPlan {
        PrecisionPlan(
            format: .fp8, requested: .fp8, quantizedCompute: .fp8, baselineCompute: .bf16, kv: .bf16, mode: .asRequested,
            reasons: [])
    }

    /// The roofline of `architecture` under `precision` (bf16 unless given) on `chip` with
    /// the test defaults.
    static func roofline(
        _ architecture: ModelArchitecture, chip: ChipProfile = chip(), precision: PrecisionPlan = bf16Plan()
    ) -> ServingRoofline {
        let profile = ModelProfile(model: architecture, format: precision.format)
        return ServingRoofline(
            profile: profile, attention: AttentionCost(architecture, kvPrecision: precision.kv), precision: precision,
            chip: chip, defaults: defaults)
    }

    /// One device's step of stage `stage` under `plan`, as `ServingRoofline.estimate` asks for it.
    static func step(
        _ roofline: ServingRoofline, _ plan: ParallelPlan, stage: Int = 0, tokens: Double, context: Double, decode: Bool,
        batched: Bool = false
    ) -> StepTime {
        let kind: PassKind = decode ? .decode : (batched ? .batchedPrompt : .prompt)
        let precision = roofline.precision
        let rates = ServingRoofline.Rates(
            chip: roofline.chip, precision: precision, bandwidth: roofline.chip.bandwidth!.value,
            quantizedPeak: roofline.chip.peak(precision.quantizedCompute)!.value,
            baselinePeak: roofline.chip.peak(precision.baselineCompute)!.value,
            attentionEfficiency: roofline.factors.attentionEfficiency)
        return roofline.stepTime(
            stage, split: StageSplit(layers: roofline.profile.architecture.layers, stages: plan.pipelineParallel), plan: plan,
            shares: DeviceShares(roofline.profile, plan), tokens: tokens, context: context, kind: kind, rates: rates,
            comm: CommunicationModel(chip: roofline.chip))
    }
}

/// Equal up to floating-point rounding (a relative 1e-12): the expected values are exact
/// arithmetic, summed in another order than the model sums them.
func assertExact(_ actual: Double, _ expected: Double, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let scale = max(abs(expected), 1e-300)
    #expect(
        abs(actual - expected) / scale <= 1e-12, "\(what): \(actual) ≠ \(expected) (hand-worked)", sourceLocation: sourceLocation)
}
