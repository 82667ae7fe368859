/// MLPerf Inference's LLM scenarios. Offline has no latency limit; Server and Interactive
/// carry the per-benchmark p99 TTFT/TPOT limits of `mlperf.conf` (see `MLPerfBenchmark`).
enum MLPerfScenario: String, CaseIterable {
    case offline = "Offline"
    case server = "Server"
    case interactive = "Interactive"
}
