import Foundation
import OAMCore
import OAMSolver
import Testing

/// The Poisson queue and the latency-bounded search (`--scenario`, `--max-ttft`, `--max-tpot`),
/// with the queueing arithmetic worked out by hand.
@Suite struct LatencyBoundedServingTests {
    typealias F = SolverFixtures

    /// M/M/1 at λ = 0.5/s, S = 1 s: Erlang B(1) = 0.5·1/(1 + 0.5) = 1/3;
    /// C = 1·(1/3)/(1 − 0.5·(1 − 1/3)) = (1/3)/(2/3) = 0.5 (= ρ, as M/M/1 must give);
    /// p99 wait = ln(0.5/0.01)/(1/1 − 0.5) = 2·ln 50 = 7.824046010856292 s.
    @Test func singleSlotQueue() {
        let q = PoissonQueue(servers: 1, serviceTime: 1, arrivalRate: 0.5)
        #expect(abs(q.waitProbability - 0.5) < 1e-12)
        #expect(abs(q.waitQuantile(0.99) - 2 * log(50.0)) < 1e-12)
    }

    /// M/M/2 at λ = 1/s, S = 1 s (a = 1): B(1) = 1/(1 + 1) = 0.5, B(2) = 0.5/(2 + 0.5) = 0.2;
    /// C = 2·0.2/(2 − 1·(1 − 0.2)) = 0.4/1.2 = 1/3; p99 wait = ln((1/3)/0.01)/(2/1 − 1)
    /// = ln(100/3) = 3.506557897319982 s. At p50 C < 0.5, so half the requests never wait: 0.
    @Test func twoSlotQueue() {
        let q = PoissonQueue(servers: 2, serviceTime: 1, arrivalRate: 1)
        #expect(abs(q.waitProbability - 1.0 / 3) < 1e-12)
        #expect(abs(q.waitQuantile(0.99) - log(100.0 / 3)) < 1e-12)
        #expect(q.waitQuantile(0.5) == 0)
        #expect(PoissonQueue(servers: 2, serviceTime: 1, arrivalRate: 2).waitQuantile(0.99) == .infinity)
    }

    /// The load search inverts the quantile: allowing the M/M/1 p99 wait of λ = 0.5 gives λ = 0.5.
    @Test func maxArrivalRateInvertsTheWait() {
        let rate = PoissonQueue.maxArrivalRate(servers: 1, serviceTime: 1, quantile: 0.99, maxWait: 2 * log(50.0))
        #expect(abs(rate - 0.5) < 1e-9)
        #expect(PoissonQueue.maxArrivalRate(servers: 4, serviceTime: 1, quantile: 0.99, maxWait: -0.1) == 0)
    }

    /// MLPerf's limits from mlperf.conf; a model that is no benchmark gets Llama-2-70B's.
    @Test func scenarioLimitsFromMLPerf() throws {
        let server = try #require(MLPerfLatencyLimits.targets(for: .server, model: "meta-llama/llama-3.1-405b"))
        #expect(server.targets == LatencyTargets(timeToFirstToken: 6, timePerOutputToken: 0.175))
        let interactive = try #require(MLPerfLatencyLimits.targets(for: .interactive, model: "qwen/qwen3-32b"))
        #expect(interactive.targets == LatencyTargets(timeToFirstToken: 0.45, timePerOutputToken: 0.04))
        #expect(interactive.benchmark == "llama2-70b-interactive")
        #expect(MLPerfLatencyLimits.targets(for: .offline, model: "meta-llama/llama-2-70b-hf") == nil)
    }

    /// With limits the search picks the concurrency and load that meet them: the chosen point
    /// meets both, Interactive (450 ms / 40 ms) serves less than Server (2 s / 200 ms), and both
    /// less than Offline; the binding limit is reported.
    @Test func limitsBoundTheOperatingPoint() throws {
        var offline = ServingWorkload(
            inputTokens: 300, outputTokens: 291, maximizeBatch: true, maxBatchPerReplica: 1024, weights: .fp8, kvPrecision: .fp8)
        var server = offline
        server.maxTimeToFirstToken = 2
        server.minTokensPerSecondPerUser = 1 / 0.2
        var interactive = offline
        interactive.maxTimeToFirstToken = 0.45
        interactive.minTokensPerSecondPerUser = 1 / 0.04
        let o = try #require(F.fit(F.llama2_70b, on: "nvidia/h200-sxm", offline, modules: 8).best?.speed)
        let s = try #require(F.fit(F.llama2_70b, on: "nvidia/h200-sxm", server, modules: 8).best?.speed)
        let i = try #require(F.fit(F.llama2_70b, on: "nvidia/h200-sxm", interactive, modules: 8).best?.speed)
        #expect(o.load == nil)
        let sl = try #require(s.load)
        let il = try #require(i.load)
        #expect(sl.timeToFirstToken <= 2 + 1e-9 && sl.timePerOutputToken <= 0.2 + 1e-12)
        #expect(il.timeToFirstToken <= 0.45 + 1e-9 && il.timePerOutputToken <= 0.04 + 1e-12)
        #expect(i.outputTokensPerSecond < s.outputTokensPerSecond && s.outputTokensPerSecond < o.outputTokensPerSecond)
        #expect(il.binding == .timePerOutputToken, "40 ms per token stops the concurrency below the KV room")
        // Throughput is the accepted load × output tokens.
        #expect(abs(i.outputTokensPerSecond - il.requestsPerSecond * 291) < 1e-6 * i.outputTokensPerSecond)
    }

    /// A TPOT no concurrency can meet leaves the plan unbounded and reports the miss.
    @Test func impossibleLimitIsAMiss() {
        var w = ServingWorkload(inputTokens: 300, outputTokens: 291, maximizeBatch: true, weights: .fp8, kvPrecision: .fp8)
        w.minTokensPerSecondPerUser = 100_000
        let v = F.fit(F.llama2_70b, on: "nvidia/h200-sxm", w, modules: 8)
        #expect(v.best?.meetsTargets == false)
        #expect(v.best?.speed?.load == nil)
    }
}
