/// The bounds that keep one client from taking the server down. Every figure here is
/// documented in Docs/api.md.
public struct ServerLimits: Sendable {
    /// Largest request body, in bytes (1 MiB): a descriptor or config.json is a few KiB.
    public static let maxBodyBytes = 1 << 20
    /// Requests answered at once; more get 503 with `Retry-After` instead of waiting in a
    /// queue. `/healthz` does not count.
    public var maxConcurrentRequests: Int
    /// Longest a request may take before it is answered 503, in seconds.
    public var requestSeconds: Double
    /// Longest a connection may go without a complete request head, in seconds: after
    /// connecting (the header deadline) and between requests (the idle timeout).
    public var idleSeconds: Double

    public init(maxConcurrentRequests: Int = 64, requestSeconds: Double = 5, idleSeconds: Double = 10) {
        self.maxConcurrentRequests = maxConcurrentRequests
        self.requestSeconds = requestSeconds
        self.idleSeconds = idleSeconds
    }
}
