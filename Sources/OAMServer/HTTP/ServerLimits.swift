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
    /// Longest a posted body may take to arrive once its request head is in, in seconds:
    /// past it the request is answered 408 and its connection closed, so a client trickling
    /// a body a byte at a time holds neither a connection nor a place of
    /// `maxConcurrentRequests` for long. 1 MiB at 1 Mbit/s arrives in about 8 s.
    public var bodySeconds: Double
    /// Longest an answer may wait to be written without visible progress, in seconds: past
    /// it the connection is closed (`StalledWriteHandler`). Progress is an answer written in full or
    /// NIO's outbound buffer falling below its low watermark (32 KiB), so a reader of one
    /// answer must take in all but 32 KiB of it per bound: for the 206 KB catalog about
    /// 3 KB/s at 60 s, nginx's `send_timeout` default.
    public var writeStallSeconds: Double

    public init(
        maxConcurrentRequests: Int = 64, requestSeconds: Double = 5, idleSeconds: Double = 10, bodySeconds: Double = 10,
        writeStallSeconds: Double = 60
    ) {
        self.maxConcurrentRequests = maxConcurrentRequests
        self.requestSeconds = requestSeconds
        self.idleSeconds = idleSeconds
        self.bodySeconds = bodySeconds
        self.writeStallSeconds = writeStallSeconds
    }
}
