import OAMSolver

/// One published throughput the solver must predict: what ran (model, module, count, stack,
/// lengths, batch, formats, latency limits) and the published output tokens per second,
/// with the URL it was read from.
struct PublishedResult {
    enum Kind: String {
        /// An MLPerf Inference closed-division result: the accuracy goal applies.
        case mlperfClosed = "MLPerf closed"
        /// A vendor, framework or paper result with stated batch and lengths: reported only.
        case other = "vendor / framework"
    }

    let kind: Kind
    let label: String
    let module: String
    let modules: Int
    let model: String
    /// `--stack` as the result states its software ("ROCm 6.1.2", "CUDA 12.4"); `nil` = newest.
    let stack: String?
    let workload: ServingWorkload
    let published: Double
    let source: String
}
