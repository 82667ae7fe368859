import OAMAdapterAPI
import OAMCore
import OAMSolver
import Testing

/// Published deployment facts (model, precision, hardware, module count) the solver must
/// reproduce: the published layout holds the workload, and where the publication implies a
/// minimum, the smaller layout does not. Sources: the URLs in each test (facts D1–D18).
@Suite struct DeploymentFactTests {
    typealias F = SolverFixtures

    // Precision support comes from the shipped adapters (`F.fit`, as `oam fit`): FP8 weight-only
    // on Ampere (FP8 Marlin), MXFP4 weight-only before Blackwell (Marlin / Triton matmul_ogs).

    /// D1 (https://docs.sglang.io/docs/basic_usage/deepseek_v3.md): DeepSeek-V3 in FP8 on 8×H200;
    /// D4 (vLLM recipe): TP8 with expert parallelism on 8×H200.
    @Test func deepSeekV3FP8OnEightH200() {
        let v = F.serve(
            F.model("deepseek-ai/deepseek-v3"), on: "nvidia/h200-sxm", ServingWorkload(batch: 8), modules: 8, alternatives: 50)
        #expect(v.fits)
        let plans = ([v.best] + v.alternatives.map { Optional($0) }).compactMap { $0?.plan }
        #expect(plans.contains(ParallelPlan(tensorParallel: 8, expertParallel: true)), "TP8 + EP8 is a valid plan")
        #expect((v.modules ?? 0) <= 8)
    }

    /// D1: FP8 DeepSeek-V3 needs two 8×H100 nodes — one node does not hold it.
    @Test func deepSeekV3FP8NeedsTwoH100Nodes() {
        let model = F.model("deepseek-ai/deepseek-v3")
        #expect(!F.serve(model, on: "nvidia/h100-sxm", modules: 8).fits)
        #expect(F.serve(model, on: "nvidia/h100-sxm", modules: 16).fits)
        let v = F.serve(model, on: "nvidia/h100-sxm")
        #expect(
            v.reasons.contains {
                $0.text.contains("weights 673.2 GB (fp8-block) > usable") && $0.text.contains("at least 9 modules")
            })
    }

    /// D2 (SGLang): BF16 DeepSeek-V3 on 2×8 H200 and 4×8 H100/A100; one node fewer does not hold it.
    @Test func deepSeekV3BF16Nodes() {
        let model = F.model("deepseek-ai/deepseek-v3")
        let bf16 = ServingWorkload(weights: .bf16)
        #expect(F.serve(model, on: "nvidia/h200-sxm", bf16, modules: 16).fits)
        #expect(!F.serve(model, on: "nvidia/h200-sxm", bf16, modules: 8).fits)
        #expect(F.serve(model, on: "nvidia/h100-sxm", bf16, modules: 32).fits)
        #expect(!F.serve(model, on: "nvidia/h100-sxm", bf16, modules: 16).fits)
        // A100 has no FP8: without an adapter path the FP8 checkpoint is upcast, which is D2's BF16 layout.
        let a100 = F.serve(model, on: "nvidia/a100-sxm-80gb", modules: 32)
        #expect(a100.fits)
        #expect(a100.precision.format.name == "bf16")
        #expect(!F.serve(model, on: "nvidia/a100-sxm-80gb", modules: 16).fits)
    }

    /// D6 (https://raw.githubusercontent.com/MoonshotAI/Kimi-K2/main/docs/deploy_guidance.md): "The smallest deployment
    /// unit for Kimi-K2 FP8 weights with 128k seqlen on mainstream H200 or H20 platform is a cluster with 16 GPUs with
    /// either Tensor Parallel (TP) or data parallel + expert parallel (DP+EP)". With those modes 8 H200 do not hold one
    /// 128k sequence (the MLA latent is copied on every TP rank); the solver also finds a TP2×PP4 layout the guide does
    /// not consider, which holds exactly one sequence with under 1 GB to spare.
    @Test func kimiK2At128kNeedsSixteenH200() {
        let model = F.model("moonshotai/kimi-k2-instruct")
        let long = ServingWorkload(inputTokens: 126_976, outputTokens: 4096, weights: .fp8Block)
        let eight = F.serve(model, on: "nvidia/h200-sxm", long, modules: 8, alternatives: 100)
        let fittingAtEight = ([eight.best] + eight.alternatives.map { Optional($0) }).compactMap { $0?.plan }
        #expect(fittingAtEight.allSatisfy { $0.pipelineParallel > 1 }, "no TP or DP+EP plan on 8 H200 holds 128k")
        #expect((eight.best?.memory.free ?? 0) < 1e9)
        let sixteen = F.serve(model, on: "nvidia/h200-sxm", long, modules: 16, alternatives: 100)
        let fittingAtSixteen = ([sixteen.best] + sixteen.alternatives.map { Optional($0) }).compactMap { $0?.plan }
        #expect(fittingAtSixteen.contains { $0.pipelineParallel == 1 }, "TP or DP+EP on 16 H200 holds 128k")
        // The same on H20 (96 GB): 8 modules hold nothing at all.
        #expect(!F.serve(model, on: "nvidia/h20", long, modules: 8).fits)
    }

    /// D7 (https://docs.vllm.ai/projects/recipes/en/latest/moonshotai/Kimi-K2.html): Kimi-K2 FP8 on 16×H800 as TP8 × PP2.
    /// H800 has H100's 80 GB and compute (only NVLink differs), so H100 stands in.
    @Test func kimiK2OnSixteenAsTP8PP2() {
        let model = F.model("moonshotai/kimi-k2-instruct")
        let v = F.serve(model, on: "nvidia/h100-sxm", ServingWorkload(weights: .fp8Block), modules: 16, alternatives: 100)
        #expect(v.fits)
        let plans = ([v.best] + v.alternatives.map { Optional($0) }).compactMap { $0?.plan }
        #expect(plans.contains { $0.tensorParallel == 8 && $0.pipelineParallel == 2 && $0.attentionDataParallel == 1 })
    }

    /// D8 (https://ai.meta.com/blog/meta-llama-3-1/): FP8 lets Llama 3.1 405B run within a single server node.
    @Test func llama405BFP8InOneNode() {
        let model = F.model("meta-llama/llama-3.1-405b")
        #expect(F.serve(model, on: "nvidia/h100-sxm", ServingWorkload(weights: .fp8), modules: 8).fits)
        #expect(!F.serve(model, on: "nvidia/h100-sxm", ServingWorkload(weights: .bf16), modules: 8).fits)
    }

    /// NVIDIA's 1×B200 MLPerf Inference v4.1 preview ran Llama-2-70B in NVFP4 on CUDA 12.7
    /// (https://github.com/mlcommons/inference_results_v4.1/tree/main/closed/NVIDIA/results/B200-SXM-180GBx1_TRT);
    /// the NVIDIA adapter states Blackwell FP4 from CUDA 12.8 (CUTLASS sm100 docs). Asked
    /// strictly on CUDA 12.7, the refusal names the stack that enables the format.
    @Test func fp4RefusalOnAnOlderStackNamesTheStackThatEnablesIt() {
        var workload = ServingWorkload()
        workload.weights = .nvfp4
        let old = F.fit(F.llama2_70b, on: "nvidia/b200", workload, stack: "CUDA 12.7", strict: true)
        #expect(!old.fits && old.precision.isRefused)
        #expect(old.reasons.contains { $0.kind == .precision && $0.text.contains("needs CUDA 12.8 or newer") })
        let current = F.fit(F.llama2_70b, on: "nvidia/b200", workload, stack: "CUDA 12.8", strict: true)
        #expect(current.fits && current.precision.mode == .asRequested)
    }

    /// D10 (https://github.com/openai/gpt-oss README): gpt-oss-120b (MXFP4) runs "on a single 80GB GPU (like
    /// NVIDIA H100 or AMD MI300X)"; the vLLM gpt-oss recipe serves it at TP1 on Hopper and on one A100 80GB.
    /// The shipped NVIDIA and AMD adapters state the weight-only MXFP4 path (no FP4 tensor cores before
    /// Blackwell / gfx950), so `oam fit openai/gpt-oss-120b --chip h100` answers 1, not 4 (an upcast).
    @Test func gptOss120bOnOneH100() {
        let model = F.model("openai/gpt-oss-120b")
        let v = F.fit(model, on: "nvidia/h100-sxm")
        #expect(v.fits && v.modules == 1)
        if case .weightOnly(let method) = v.precision.mode {
            #expect(method.contains("weight-only"))
        } else {
            Issue.record("expected weight-only MXFP4, got \(v.precision.mode)")
        }
        #expect(v.reasons.contains { $0.text.contains("vllm-project") }, "the reason cites its source")
        // --strict-precision refuses the weight-only path.
        let strict = F.fit(model, on: "nvidia/h100-sxm", strict: true)
        #expect(!strict.fits && strict.precision.isRefused)
        // Same answer on the other single-80GB-class parts the sources name.
        for chip in ["nvidia/h200-sxm", "nvidia/a100-sxm-80gb", "amd/mi300x"] {
            let other = F.fit(model, on: chip)
            #expect(other.fits && other.modules == 1, "\(chip): \(other.modules ?? 0)")
            if case .weightOnly = other.precision.mode {
            } else {
                Issue.record("\(chip): expected weight-only MXFP4, got \(other.precision.mode)")
            }
        }
        // Where FP4 is native (Blackwell, gfx950) the math runs in MXFP4 on the FP4 path.
        for chip in ["nvidia/b200", "amd/mi355x"] {
            let native = F.fit(model, on: chip)
            #expect(native.fits && native.precision.quantizedCompute == .mxfp4, "\(chip)")
        }
    }

    /// D11 (same README): upcast to BF16, gpt-oss-120b needs at least 4×H100 or 2×H200.
    @Test func gptOss120bBF16() {
        let model = F.model("openai/gpt-oss-120b")
        #expect(F.serve(model, on: "nvidia/h100-sxm", ServingWorkload(weights: .bf16)).modules == 4)
        #expect(F.serve(model, on: "nvidia/h200-sxm", ServingWorkload(weights: .bf16)).modules == 2)
    }

    /// D12 (same README): gpt-oss-20b runs within 16 GB of memory.
    @Test func gptOss20bWithin16GB() {
        let model = F.model("openai/gpt-oss-20b")
        let bytes = ModelProfile(model: model.architecture, format: CheckpointFormat.format(of: model).format).totalBytes
        #expect(bytes < 16e9)
    }

    /// D13 (https://github.com/zai-org/GLM-4.5 README, System Requirements): BF16 on 8×H200, FP8 on 8×H100 and 4×H200.
    @Test func glm45Layouts() {
        let model = F.model("zai-org/glm-4.5")
        let w = ServingWorkload(batch: 8)
        var fp8 = w
        fp8.weights = .fp8Block
        #expect(F.serve(model, on: "nvidia/h200-sxm", w, modules: 8).fits)
        #expect(F.serve(model, on: "nvidia/h100-sxm", fp8, modules: 8).fits)
        #expect(F.serve(model, on: "nvidia/h200-sxm", fp8, modules: 4).fits)
        #expect(!F.serve(model, on: "nvidia/h100-sxm", w, modules: 8).fits, "BF16 on 8×H100 is below the published 16")
    }

    /// D16 (https://docs.nvidia.com/nim/benchmarking/llm/1.0.0/performance): Llama-3.3-70B FP8 on 2×H100 TP2.
    @Test func llama70BFP8OnTwoH100() {
        let v = F.serve(
            F.model("meta-llama/llama-3.1-70b"), on: "nvidia/h100-sxm",
            ServingWorkload(inputTokens: 5000, outputTokens: 500, weights: .fp8))
        #expect(v.fits && v.modules == 1 || v.modules == 2)
        #expect(
            F.serve(
                F.model("meta-llama/llama-3.1-70b"), on: "nvidia/h100-sxm",
                ServingWorkload(inputTokens: 5000, outputTokens: 500, weights: .fp8), modules: 2
            ).best?.plan.tensorParallel == 2)
    }

    /// D17 (https://docs.nvidia.com/nim/large-language-models/latest/support-matrix.html): Llama 3.1 8B in 16-bit on one A100 80GB.
    @Test func llama8BOnOneA100() {
        let v = F.serve(F.model("meta-llama/llama-3.1-8b"), on: "nvidia/a100-sxm-80gb")
        #expect(v.fits && v.modules == 1)
    }

    /// D18 (https://docs.gpustack.ai/2.3/zh/performance-lab/qwen3-235b-a22b/a100/): Qwen3-235B-A22B FP8 on 4×A100 TP4,
    /// FP8 weight-only on Ampere.
    @Test func qwen3FP8OnFourA100() {
        let v = F.fit(
            F.model("qwen/qwen3-235b-a22b"), on: "nvidia/a100-sxm-80gb", ServingWorkload(weights: .fp8Block), modules: 4)
        if case .weightOnly = v.precision.mode {
        } else {
            Issue.record("expected FP8 weight-only on A100, got \(v.precision.mode)")
        }
        #expect(v.fits)
        #expect(v.best?.plan.tensorParallel == 4)
    }

    /// D5 (vLLM DeepSeek recipe): DeepSeek-R1 in FP4 on 4×B200.
    @Test func deepSeekR1FP4OnFourB200() {
        #expect(F.serve(F.model("deepseek-ai/deepseek-r1"), on: "nvidia/b200", ServingWorkload(weights: .nvfp4), modules: 4).fits)
        #expect(
            !F.serve(F.model("deepseek-ai/deepseek-r1"), on: "nvidia/b200", ServingWorkload(weights: .nvfp4), modules: 2).fits)
    }

    /// Block-FP8 shards must hold whole 128-wide blocks: Qwen3-235B-A22B-FP8 at TP8 splits the 1536-wide experts
    /// into 192 (vLLM: "The output_size of gate's and up's weight = 192 is not divisible by weight quantization
    /// block_n = 128", quoted in https://github.com/ROCm/ATOM/pull/1488), so experts go whole (EP) instead; and
    /// DeepSeek's dense 18432 over 32 ranks is 576 (https://github.com/sgl-project/sglang/issues/3345).
    @Test func blockAlignmentRefusals() {
        let qwen = F.model("qwen/qwen3-235b-a22b")
        let enumerator = PlanEnumerator(architecture: qwen.architecture, format: .fp8Block, domainDevices: 8)
        let problem = enumerator.alignmentProblem(ParallelPlan(tensorParallel: 8))
        #expect(problem?.text.contains("1536 / 8 = 192") == true)
        #expect(problem?.kind == .scaleBlocks)
        #expect(enumerator.alignmentProblem(ParallelPlan(tensorParallel: 8, expertParallel: true)) == nil)
        let v = F.serve(qwen, on: "nvidia/h100-sxm", ServingWorkload(weights: .fp8Block), modules: 8)
        #expect(v.best?.plan.expertParallel == true || v.best?.plan.tensorParallel != 8)

        let deepseek = F.model("deepseek-ai/deepseek-v3")
        let ds = PlanEnumerator(
            architecture: deepseek.architecture, format: CheckpointFormat.format(of: deepseek).format, domainDevices: 8)
        #expect(
            ds.alignmentProblem(ParallelPlan(tensorParallel: 8, attentionDataParallel: 4, expertParallel: true))?.text.contains(
                "18432 / 32 = 576") == true)
    }
}
