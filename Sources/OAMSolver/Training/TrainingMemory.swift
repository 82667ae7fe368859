import OAMCore

/// Memory per device of a training plan: bf16 weights and gradients, optimizer states
/// (ZeRO-sharded over data parallelism), activations (Korthikanti et al. 2022, with
/// sequence parallelism).
public struct TrainingMemory: Sendable {
    public var weights: Double
    public var gradients: Double
    public var optimizer: Double
    public var activations: Double

    public var total: Double { weights + gradients + optimizer + activations }

    /// Activation bytes one layer keeps per micro-batch under `recompute`, per device.
    public static func activationBytesPerLayer(
        _ a: ModelArchitecture, sequence: Int, microBatch: Int, tensorParallel: Int, recompute: ActivationRecompute
    ) -> Double {
        let s = Double(sequence)
        let b = Double(microBatch)
        let h = Double(a.hiddenSize)
        let heads = Double(a.attention.heads)
        let t = Double(tensorParallel)
        switch recompute {
        case .none: return s * b * h * (34 + 5 * heads * s / h) / t
        case .selective: return 34 * s * b * h / t
        case .full: return 2 * s * b * h / t
        }
    }

    /// Memory of the fullest (first) stage for `parameters` bf16 parameters per device.
    public static func evaluate(
        _ a: ModelArchitecture, parameters: Double, plan: ParallelPlan, workload w: TrainingWorkload, stageLayers: Int
    ) -> TrainingMemory {
        let dp = Double(plan.replicas)
        let weightsBytes = (w.mixedPrecision == .fp8 ? 3.0 : 2.0) * parameters
        let weights = weightsBytes / (w.zeroStage >= 3 ? dp : 1)
        let gradients = 2 * parameters / (w.zeroStage >= 2 ? dp : 1)
        let optimizer = w.optimizer.stateBytesPerParameter * parameters / (w.zeroStage >= 1 ? dp : 1)
        let perLayer = activationBytesPerLayer(
            a, sequence: w.sequenceLength, microBatch: w.microBatch, tensorParallel: plan.tensorParallel, recompute: w.recompute)
        // 1F1B: the first stage holds `pp` micro-batches in flight.
        var activations = perLayer * Double(stageLayers) * Double(plan.pipelineParallel)
        if w.recompute == .full {
            activations += activationBytesPerLayer(
                a, sequence: w.sequenceLength, microBatch: w.microBatch, tensorParallel: plan.tensorParallel, recompute: .none)
        }
        return TrainingMemory(weights: weights, gradients: gradients, optimizer: optimizer, activations: activations)
    }
}
