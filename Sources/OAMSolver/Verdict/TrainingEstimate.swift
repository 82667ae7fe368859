/// A training run sized on one chip.
public struct TrainingEstimate: Sendable {
    /// TP inside a node, PP over layers, the rest data-parallel (ZeRO over those ranks).
    public var plan: ParallelPlan
    /// 6·N_active·D, in FLOP.
    public var totalFLOPs: Double
    /// Wall-clock days at the assumed MFU.
    public var days: Double
    public var moduleHours: Double
    /// Module board power × hours, in kWh (hosts, network and cooling excluded).
    public var energyKWh: Double
    public var mfu: Double
    /// Peak per device in the training precision, FLOP/s.
    public var peak: Double
    /// Memory per device: weights, gradients, optimizer states, activations, in bytes.
    public var weights: Double
    public var gradients: Double
    public var optimizer: Double
    public var activations: Double
    public var usable: Double

    public var memoryTotal: Double { weights + gradients + optimizer + activations }
}
