/// The term that dominates serving time.
public enum Bottleneck: String, Sendable, Hashable {
    /// Decode steps wait on reading weights from memory.
    case weightsBandwidth = "weights-bandwidth"
    /// Decode steps wait on reading the KV cache.
    case kvCacheBandwidth = "kv-cache-bandwidth"
    /// Steps wait on moving activations: GEMM inputs and outputs, attention queries and outputs.
    case activationBandwidth = "activation-bandwidth"
    /// Matrix math at the sustained peak.
    case compute
    /// Tensor-parallel all-reduce, MoE all-to-all or pipeline transfers.
    case communication
    /// Prompt processing takes most of each request's time.
    case prefillCompute = "prefill-compute"

    public var words: String {
        switch self {
        case .weightsBandwidth: return "memory bandwidth (weight reads)"
        case .kvCacheBandwidth: return "memory bandwidth (KV-cache reads)"
        case .activationBandwidth: return "memory bandwidth (activations)"
        case .compute: return "compute"
        case .communication: return "communication"
        case .prefillCompute: return "prefill compute"
        }
    }
}
