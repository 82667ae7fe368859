import Foundation

/// Requests arriving as a Poisson stream at `arrivalRate` (requests/s) for `servers` batch
/// slots, each slot held for an exponentially distributed time with mean `serviceTime` (s):
/// the M/M/c queue. MLPerf's Server and Interactive scenarios issue queries as a Poisson
/// stream, so the time a request waits for a free slot counts toward its first token.
public struct PoissonQueue: Sendable, Equatable {
    public var servers: Int
    public var serviceTime: Double
    public var arrivalRate: Double

    public init(servers: Int, serviceTime: Double, arrivalRate: Double) {
        self.servers = servers
        self.serviceTime = serviceTime
        self.arrivalRate = arrivalRate
    }

    /// Offered load in slots, a = λ·S (Erlangs).
    public var offeredLoad: Double { arrivalRate * serviceTime }
    /// Utilisation ρ = a / c.
    public var utilisation: Double { offeredLoad / Double(max(1, servers)) }

    /// Erlang C: the probability that an arriving request finds every slot busy and waits.
    /// Computed through the Erlang B recurrence B(k) = a·B(k−1) / (k + a·B(k−1)), which stays
    /// finite for thousands of slots; C = c·B / (c − a·(1 − B)). 1 when ρ ≥ 1.
    public var waitProbability: Double {
        let c = max(1, servers)
        let a = offeredLoad
        guard a < Double(c) else { return 1 }
        guard a > 0 else { return 0 }
        var b = 1.0
        for k in 1...c { b = a * b / (Double(k) + a * b) }
        return Double(c) * b / (Double(c) - a * (1 - b))
    }

    /// The waiting time a fraction `quantile` of requests stay within, s. The wait is 0 with
    /// probability 1 − C and exponential with rate c/S − λ otherwise, so
    /// P(W > t) = C·e^{−(c/S − λ)t} and the q-quantile is ln(C / (1 − q)) / (c/S − λ) when
    /// C > 1 − q, else 0. Infinite at or above saturation.
    public func waitQuantile(_ quantile: Double) -> Double {
        let drain = Double(max(1, servers)) / serviceTime - arrivalRate
        guard drain > 0 else { return .infinity }
        let c = waitProbability
        let tail = 1 - quantile
        guard c > tail else { return 0 }
        return log(c / tail) / drain
    }

    /// The highest arrival rate (requests/s) whose `quantile` wait stays within `maxWait`
    /// seconds, for `servers` slots of mean holding time `serviceTime`; found by bisection on
    /// the utilisation (the quantile wait rises monotonically with load). 0 when even an
    /// empty system cannot meet it (`maxWait` < 0).
    public static func maxArrivalRate(servers: Int, serviceTime: Double, quantile: Double, maxWait: Double) -> Double {
        guard maxWait >= 0, serviceTime > 0, servers > 0 else { return 0 }
        let capacity = Double(servers) / serviceTime
        var low = 0.0
        var high = 1.0
        for _ in 0..<60 {
            let mid = (low + high) / 2
            let queue = PoissonQueue(servers: servers, serviceTime: serviceTime, arrivalRate: mid * capacity)
            if queue.waitQuantile(quantile) <= maxWait { low = mid } else { high = mid }
        }
        return low * capacity
    }
}
