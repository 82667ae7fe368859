/// `--scenario`: MLPerf Inference's LLM scenarios as presets. Offline runs as many sequences
/// as fit with no latency limit; Server and Interactive search the concurrency and Poisson load
/// for the most throughput within the benchmark's p99 TTFT and TPOT limits
/// (`MLPerfLatencyLimits`).
public enum ServingScenario: String, Sendable, Hashable, CaseIterable, Codable {
    case offline, server, interactive
}
