import Foundation

/// How one pass's routed tokens fall on the experts of an MoE layer (Docs/solver.md §2.7).
///
/// - **Tokens per expert GEMM.** The pass's `n` tokens each pick `k` of `E` experts, so the
///   experts they touch (`touched(tokens:experts:perToken:)`, `E·(1 − (1 − k/E)^n)`) share
///   `n·k` rows: `n·k / touched` each. A grouped GEMM runs one GEMM per expert, so its
///   efficiency is that of one expert's GEMM, not of the whole launch: DeepGEMM's masked
///   grouped FP8 GEMMs on H800 run 4 experts × 256 rows (N 4096, K 7168) at 932 TFLOPS
///   against 1,304 TFLOPS for one 4096-row GEMM of the same N and K (0.71), 2 × 512 rows at
///   1,040 (0.80), 1 × 1024 at 1,233 (0.95) — the GEMM size curve at one expert's FLOPs
///   (15, 30 and 60 GFLOP: 0.63, 0.95, 0.95 relative) brackets that fall.
/// - **Routing imbalance under expert parallelism.** With experts spread over `g` devices
///   the layer waits for the busiest device. A balanced router assigns the `n·k` token-expert
///   pairs like balls into `g` bins: the fullest bin holds `m/g + √(2·(m/g)·ln g)` (Raab and
///   Steger's heavily loaded case), at most `n·min(k, experts per device)`. Trained routers
///   skew more than that (hot experts), so this is the imbalance's floor, not its typical
///   value. Without expert parallelism every device holds a slice of every expert and no
///   device waits for another: the ratio is 1.
struct ExpertLoad {
    /// Experts the pass's tokens touch (expected), whose weights it reads.
    let touched: Double
    /// Rows of one expert's GEMM: the pass's token-expert pairs over the experts they touch.
    let tokensPerExpert: Double
    /// Routed work of the busiest device over the mean device's (≥ 1; 1 without EP).
    let deviceImbalance: Double
    /// Routed experts of the layer (E).
    let experts: Double
    /// Pieces each expert's GEMM is cut into: 1 under EP (experts whole), the group's size
    /// under TP (every device a 1/g slice of every expert).
    let slices: Double

    /// `tokens` routed tokens of one pass, `experts` (E) routed experts of which each token
    /// takes `perToken` (k), `touched` of them touched by the pass, the FFN group of
    /// `devices` devices, experts whole on `expertsPerDevice` under `expertParallel`.
    init(
        tokens: Double, experts: Int, perToken: Int, touched: Double, devices: Int, expertsPerDevice: Double, expertParallel: Bool
    ) {
        let k = Double(min(max(0, perToken), max(0, experts)))
        let pairs = max(0, tokens) * k
        self.touched = touched
        self.experts = Double(max(1, experts))
        slices = expertParallel ? 1 : Double(max(1, devices))
        tokensPerExpert = touched > 0 ? pairs / touched : 0
        guard expertParallel, devices > 1, pairs > 0 else {
            deviceImbalance = 1
            return
        }
        let g = Double(devices)
        let mean = pairs / g
        let cap = max(0, tokens) * min(k, max(1, expertsPerDevice))
        let busiest = min(cap, mean + (2 * mean * log(g)).squareRoot())
        deviceImbalance = max(1, busiest / mean)
    }

    /// The load of `tokens` routed tokens of one pass of `profile` under `plan`; `nil` for a
    /// dense model.
    init?(_ profile: ModelProfile, plan: ParallelPlan, shares: DeviceShares, tokens: Double) {
        guard let moe = profile.architecture.moe, moe.experts > 0 else { return nil }
        self.init(
            tokens: tokens, experts: moe.experts, perToken: moe.expertsPerToken,
            touched: Self.touched(tokens: tokens, experts: moe.experts, perToken: moe.expertsPerToken),
            devices: plan.group, expertsPerDevice: shares.expertsPerDevice, expertParallel: plan.expertParallel)
    }

    /// FLOPs of one expert's GEMM on one device, for a routed-expert tensor of `elements`
    /// elements over all experts: its rows × one expert's elements × 2, sliced under TP.
    func gemmFLOPs(elements: Double) -> Double {
        2 * tokensPerExpert * elements / experts / slices
    }

    /// Expected experts `tokens` tokens touch when each picks `perToken` of `experts`:
    /// E·(1 − (1 − k/E)^n).
    static func touched(tokens: Double, experts: Int, perToken: Int) -> Double {
        guard experts > 0 else { return 0 }
        let e = Double(experts)
        let miss = max(0, 1 - Double(min(perToken, experts)) / e)
        return e * (1 - pow(miss, max(0, tokens)))
    }

    /// Source of the balls-into-bins maximum (Raab and Steger, "Balls into Bins — A Simple
    /// and Tight Analysis", RANDOM 1998), for documentation and reasons.
    static let imbalanceSource = "https://doi.org/10.1007/3-540-49543-6_13"
    /// Source of the grouped-GEMM fall with rows per expert.
    static let groupedGEMMSource =
        "https://github.com/deepseek-ai/DeepGEMM/blob/a6d97a1c1b48a7a9d7994d0e155ee6f11d0a3f07/README.md"
}
