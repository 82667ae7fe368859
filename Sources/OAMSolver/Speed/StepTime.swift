/// One forward step on one device, split into its terms, in seconds.
///
/// Each linear layer (and the attention of each layer) is one operator whose time is its
/// memory time plus its compute time less the overlapped part (`SolverDefaults.operatorOverlap`:
/// none, as Calculon's H100 model). The component sums below are for display and the
/// bottleneck; `linear` and `attention` hold the per-operator combination.
public struct StepTime: Sendable, Hashable {
    /// Weight bytes read / sustained bandwidth at each operator's size.
    public var weightReads: Double = 0
    /// Linear-layer FLOPs / sustained GEMM rate at each operator's size (quantized part at its own peak).
    public var linearCompute: Double = 0
    /// KV bytes read (decode) or written (prefill) / sustained bandwidth.
    public var kvReads: Double = 0
    /// Attention-score FLOPs / attention-kernel rate.
    public var attentionCompute: Double = 0
    /// Activation bytes the operators move / sustained bandwidth: every GEMM reads its input
    /// and writes its output, attention reads the queries and writes the outputs, all in
    /// 16-bit precision (Calculon counts them in each layer's memory traffic). Part of `linear`
    /// and `attention`, like the weight and KV reads.
    public var activationTraffic: Double = 0
    /// Linear operators, memory and compute combined.
    public var linear: Double = 0
    /// Attention, memory and compute combined.
    public var attention: Double = 0
    /// Norms, rotary, activations, (de)quantisation, sampling and scheduling: the non-GEMM
    /// share of the step (`SolverDefaults.nonGEMMShare`).
    public var nonGEMM: Double = 0
    /// Collectives (not overlapped with compute).
    public var communication: Double = 0

    public init() {}

    /// Adds `count` times every term of `other` (a stage of `count` layers like `other`'s).
    public mutating func add(_ other: StepTime, times count: Double) {
        weightReads += other.weightReads * count
        linearCompute += other.linearCompute * count
        kvReads += other.kvReads * count
        attentionCompute += other.attentionCompute * count
        activationTraffic += other.activationTraffic * count
        linear += other.linear * count
        attention += other.attention * count
        nonGEMM += other.nonGEMM * count
        communication += other.communication * count
    }

    public var total: Double {
        linear + attention + nonGEMM + communication
    }

    /// The largest single term.
    public var dominant: Bottleneck {
        let terms: [(Double, Bottleneck)] = [
            (communication, .communication), (weightReads, .weightsBandwidth), (linearCompute, .compute),
            (kvReads, .kvCacheBandwidth), (activationTraffic, .activationBandwidth), (attentionCompute, .compute),
        ]
        return terms.max { $0.0 < $1.0 }?.1 ?? .compute
    }
}
