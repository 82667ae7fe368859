/// The conservative defaults the solver falls back on, and the serving-efficiency factors it
/// applies on top of measured ceilings, each with its source.
///
/// Docs/solver.md lists the same values; a verdict that uses one names it in its reasons.
public struct SolverDefaults: Sendable, Hashable {
    /// Fraction of the dense peak large GEMMs sustain. 0.5: the lowest measured BF16
    /// maximum-achievable-matmul fraction among mainstream modules (MI300X 51.4 %; H100
    /// 80.3 %, A100 86.9 %, MI325X 60.4 %).
    public var computeFraction = Assumption(
        name: "sustained compute fraction", value: 0.5,
        source:
            "https://github.com/stas00/ml-engineering/blob/b9e29720eebd4aa946fa9678975385efbc90a777/compute/accelerator/README.md",
        note: "lowest measured BF16 MAMF/peak among A100, H100, MI300X, MI325X (MI300X 51.4%), rounded down")
    /// Fraction of peak memory bandwidth streaming reads sustain. 0.75: the lowest STREAM
    /// triad fraction measured on Azure's H100, H200, A100 and MI300X VMs (MI300X 77.2 %).
    public var bandwidthFraction = Assumption(
        name: "sustained bandwidth fraction", value: 0.75,
        source:
            "https://github.com/samuel-bohman/AI-benchmarking-guide/blob/3de0c294fd1059a91a2c158712c4a078619d73e8/Azure_Results/ND_MI300X_v5_results.md",
        note: "lowest measured STREAM triad/peak among H100 (88.7%), H200 (~86%), A100 (~83%), MI300X (77.2%), rounded down")
    /// All-reduce bus bandwidth as a fraction of the per-direction link bandwidth. 0.7:
    /// MI300X RCCL 316.8 GB/s bus bandwidth over 448 GB/s (7 × 64 GB/s).
    public var allReduceEfficiency = Assumption(
        name: "all-reduce efficiency", value: 0.7,
        source:
            "https://github.com/samuel-bohman/AI-benchmarking-guide/blob/3de0c294fd1059a91a2c158712c4a078619d73e8/Azure_Results/ND_MI300X_v5_results.md",
        note: "8-GPU all-reduce bus bandwidth over per-direction link bandwidth: MI300X 316.8/448 = 0.71")
    /// Fixed latency of one collective inside a node, in seconds. 8 µs: custom all-reduce
    /// on 8×H100 takes 5.9–7.8 µs for 0.5–32 KB messages.
    public var collectiveLatency = Assumption(
        name: "collective latency in a node", value: 8e-6,
        source: "https://github.com/sgl-project/sglang/pull/2904",
        note: "custom all-reduce latency, TP8 on H100, 512 B–32 KB: 5.9–7.8 µs")
    /// Fixed latency of one collective across nodes, in seconds (assumption: NCCL over
    /// PCIe/NIC paths measure ~20 µs in CUDA graphs).
    public var crossNodeLatency = Assumption(
        name: "collective latency across nodes", value: 25e-6,
        source: "https://github.com/haohervchb/sglang-V100/pull/2",
        note: "NCCL all-reduce over PCIe inside a CUDA graph ~20 µs for 4–16 KB; rounded up for a NIC hop")
    /// Per-module bandwidth to other nodes, per direction, in B/s: one 400 Gb/s NIC per
    /// GPU as in Meta's Llama 3 clusters and DGX H100.
    public var scaleOutBandwidth = Assumption(
        name: "scale-out bandwidth per module", value: 50e9,
        source: "https://ai-papers.xuzou.cn/papers/llama3_2024",
        note: "Llama 3 clusters: 400 Gbps interconnect per GPU = 50 GB/s per direction")
    /// Host-link bandwidth per module and direction when a descriptor states neither a
    /// scale-up fabric bandwidth nor its host interface: PCIe 4.0 x16, 16 GT/s × 16 lanes ×
    /// 128b/130b ÷ 8 = 31.5 GB/s, quoted as 32 GB/s.
    public var hostLinkBandwidth = Assumption(
        name: "PCIe 4.0 x16 host link", value: 32e9,
        source: "https://en.wikipedia.org/wiki/PCI_Express",
        note: "32 GB/s (PCIe 4.0 x16: 16 GT/s × 16 lanes × 128/130 ÷ 8 = 31.5 GB/s per direction)")
    /// Memory the driver and firmware keep from the nominal capacity, in bytes per device.
    public var driverReserve = Assumption(
        name: "driver reserve", value: 1.0e9,
        source: "https://github.com/thamada/nvidia-smi/blob/03fbe6e68c0bb4c28b72d5da786a9712a33cf408/nvsim/H100SXMx8_smi.py",
        note: "H100 80GB: nvidia-smi total 81559 MiB − reserved 454 MiB vs 81920 MiB nominal = 0.85 GB; A100 0.80 GB; rounded up")
    /// Memory the serving engine keeps outside weights, KV and activations, in bytes per
    /// device: non-torch allocations (0.16–0.33 GiB) plus CUDA/HIP graphs (0.2–1.4 GiB).
    public var engineOverhead = Assumption(
        name: "engine overhead", value: 1.5e9,
        source: "https://github.com/vllm-project/vllm/pull/12126",
        note:
            "vLLM logs: non_torch_memory 0.16–0.33 GiB; CUDA graphs 0.21 GiB (Llama-3.2-1B) to 1.40 GiB (Llama-4-Maverick, sglang#8538)"
    )
    /// Tokens the engine profiles its activation peak at (vLLM max_num_batched_tokens).
    public var profileTokens = Assumption(
        name: "activation profile tokens", value: 8192,
        source: "https://github.com/vllm-project/vllm/pull/11061",
        note: "vLLM V1 default max_num_batched_tokens for the LLM class (2048 for the OpenAI server then, 16384 later)")
    /// Largest sequences per replica an engine schedules at once when sizing for a
    /// maximum batch (vLLM max_num_seqs is 256 by default; MLPerf-style runs raise it).
    public var maxSequences = Assumption(
        name: "sequences scheduled at once", value: 256,
        source: "https://github.com/huggingface/lighteval/pull/588",
        note: "vLLM default max_num_seqs = 256")
    /// Training model-FLOPs utilisation of the BF16 peak: Llama 3 405B reached 38–43 %
    /// on 8K–16K H100s.
    public var trainingMFU = Assumption(
        name: "training MFU", value: 0.38,
        source: "https://glennklockwood.com/garden/llama-3.1",
        note: "Llama 3 405B pre-training: 380–430 TFLOPS per H100 (38–43% of 989 TFLOPS BF16); lower end")
    /// Scale-up domain of a module whose descriptor does not state one: 8, the modules on
    /// one OCP UBB (or one 8-way server).
    public var domainSize = Assumption(
        name: "modules per node", value: 8,
        source:
            "https://github.com/opencomputeproject/OCP-SVR-OAI-Open_Accelerator_Infrastructure/blob/03b0c344cc5abece3c585c7a55b3d907dfe56a8f/README.md",
        note: "an OCP Universal Baseboard carries 8 OAMs; 8-card servers for PCIe parts")

    // MARK: serving efficiency (Docs/solver.md §2.6)
    //
    // The adapter fractions above are microbenchmark ceilings: the largest GEMMs and streaming
    // reads. What serving adds on top is modelled with these factors, which apply to every
    // chip whether or not an adapter reported its ceilings.

    /// GEMM efficiency by the FLOPs of one operation at the reference rate
    /// (`gemmReferenceRate`), relative to large GEMMs: Calculon's H100
    /// `matrix.gflops_efficiency` (≥128 GFLOP 0.95, ≥16 0.90, ≥1 0.60, below 0.10), divided
    /// by its 0.95.
    public var gemmSizeEfficiency = EfficiencyCurve(
        name: "GEMM efficiency by size",
        steps: [.init(128, 0.95), .init(16, 0.90), .init(1, 0.60), .init(0, 0.10)], unit: 1e9,
        source:
            "https://github.com/calculon-ai/calculon/blob/4f81f02977cfd7123cb564ef40a6b565e27b2ea5/systems/h100_80g_nvl8.json",
        note:
            "Calculon H100 matrix gflops_efficiency (per operation GFLOP at the H100's BF16 ceiling, 794.5 TFLOPS); shape applied to the chip's large-GEMM ceiling, a GEMM read at the FLOPs that take as long there"
    )
    /// The rate Calculon's GEMM curve was drawn for, FLOP/s: the H100 SXM's BF16 ceiling
    /// (maximum achievable matmul 794.5 TFLOPS, 80.3 % of 989.5). Small GEMMs lose to fixed
    /// costs that take time (launch, pipeline fill, the last partial wave), so the curve's
    /// steps are times at this rate: a GEMM of F FLOPs on a ceiling of R is looked up at
    /// F × 794.5 TFLOPS ÷ R. Azure's cuBLASLt FP8 sweeps: ND GB200 v6 reaches 0.12 / 0.59 / 0.96
    /// of its 16384³ rate (2,819.5 TFLOPS) at 1024³ / 2048³ / 4096³, where the time-keyed curve
    /// gives 0.11 / 0.63 / 0.95 and the FLOP-keyed one 0.63 / 0.95 / 1; ND H100 v5 reaches
    /// 0.20 / 0.73 / 0.88 of its 32768³ row (1,382.2 TFLOPS), time-keyed 0.63 / 0.63 / 0.95,
    /// FLOP-keyed 0.63 / 0.95 / 1 (closer from 2048³ up; neither matches 1024³).
    public var gemmReferenceRate = Assumption(
        name: "GEMM size curve reference rate", value: 794.5e12,
        source:
            "https://github.com/stas00/ml-engineering/blob/b9e29720eebd4aa946fa9678975385efbc90a777/compute/accelerator/README.md",
        note:
            "H100 SXM BF16 maximum achievable matmul 794.5 TFLOPS, the chip and precision of Calculon's curve; cuBLASLt size sweeps on ND GB200 v6 and ND H100 v5 (github.com/samuel-bohman/AI-benchmarking-guide) follow the time-keyed curve"
    )
    /// Memory efficiency by the bytes one operation moves, relative to large transfers:
    /// Calculon's H100 `mem1.MB_efficiency` (≥100 MB 0.90, ≥10 0.75, ≥1 0.60, below 0.30),
    /// divided by its 0.90.
    public var memorySizeEfficiency = EfficiencyCurve(
        name: "memory efficiency by size",
        steps: [.init(100, 0.90), .init(10, 0.75), .init(1, 0.60), .init(0, 0.30)], unit: 1e6,
        source:
            "https://github.com/calculon-ai/calculon/blob/4f81f02977cfd7123cb564ef40a6b565e27b2ea5/systems/h100_80g_nvl8.json",
        note: "Calculon H100 mem1 MB_efficiency (per operation MB); shape applied to the chip's streaming-read ceiling")
    /// How far an operator's memory and compute times overlap: 0 adds them (Calculon's H100
    /// system file sets `processing_mode: no_overlap`), 1 takes the larger (an ideal roofline).
    public var operatorOverlap = Assumption(
        name: "memory/compute overlap", value: 0,
        source:
            "https://github.com/calculon-ai/calculon/blob/4f81f02977cfd7123cb564ef40a6b565e27b2ea5/systems/h100_80g_nvl8.json",
        note:
            "Calculon H100 processing_mode \"no_overlap\": operator time = memory time + compute time (the roofline max is the lower bound)"
    )
    /// Share of serving time spent outside GEMM and attention kernels — norms, rotary,
    /// activations, (de)quantisation, sampling, scheduling: 0.15, the low end of what
    /// NonGEMM Bench measured with operator fusion (15–48 % of latency; 11–74 % unfused).
    public var nonGEMMShare = Assumption(
        name: "non-GEMM share of serving time", value: 0.15,
        source: "https://arxiv.org/abs/2404.11788",
        note:
            "NonGEMM Bench (Karami et al.): non-GEMM operators are 15–48 % of latency even with operator fusion; lower end for fused serving engines"
    )
    /// Attention kernels (prefill scores, decode scores) relative to the large-GEMM ceiling:
    /// FlashAttention-2 reaches 327.9 TFLOPS on H100 (head dim 128, 8K tokens) against 794.5
    /// TFLOPS BF16 MAMF = 0.41 (H200: 329.3).
    public var attentionEfficiency = Assumption(
        name: "attention kernel efficiency", value: 0.41,
        source:
            "https://github.com/samuel-bohman/AI-benchmarking-guide/blob/a6533f14ab325f14a5ff87666ee92436be22881f/Azure_Results/ND_H100_v5_results.md",
        note:
            "FlashAttention-2 327.9 TFLOPS on ND H100 v5 ÷ H100 BF16 MAMF 794.5 TFLOPS = 0.41 of the GEMM ceiling (FlashAttention-3 reaches ~0.9)"
    )

    public init() {}

    /// The standard set.
    public static let standard = SolverDefaults()

    /// Every default, for documentation and `--explain`.
    public var all: [Assumption] {
        [
            computeFraction, bandwidthFraction, allReduceEfficiency, collectiveLatency, crossNodeLatency, scaleOutBandwidth,
            hostLinkBandwidth, driverReserve, engineOverhead, profileTokens, maxSequences, trainingMFU, domainSize,
            operatorOverlap, nonGEMMShare, attentionEfficiency, gemmReferenceRate,
        ]
    }
}
