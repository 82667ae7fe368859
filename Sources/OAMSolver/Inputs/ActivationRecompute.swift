/// How much of each layer's activations training keeps for the backward pass.
public enum ActivationRecompute: String, Sendable, Hashable, CaseIterable {
    /// Keep everything: s·b·h·(34 + 5·a·s/h) bytes per layer (Korthikanti et al. 2022, eq. 2,
    /// with sequence parallelism, divided by TP).
    case none
    /// Recompute attention internals: 34·s·b·h bytes per layer (ibid., selective).
    case selective
    /// Keep only each layer's input: 2·s·b·h bytes per layer, recompute the rest.
    case full
}
