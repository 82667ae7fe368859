/// Why an adapter gave no usable answer. Each case names the adapter in its description,
/// so a report reads "oam-adapter-acme: did not answer within 5 s; killed".
public struct AdapterProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, Codable {
        case couldNotStart = "could-not-start"
        case timedOut = "timed-out"
        case outputTooLarge = "output-too-large"
        case crashed
        case exitedNonZero = "exited-non-zero"
        case invalidResponse = "invalid-response"
        case protocolVersion = "protocol-version"
        case adapterError = "adapter-error"
    }

    public var adapter: String
    public var kind: Kind
    /// What happened, for people; includes the tail of standard error when there is one.
    public var detail: String

    public init(adapter: String, kind: Kind, detail: String) {
        self.adapter = adapter
        self.kind = kind
        self.detail = detail
    }

    public var description: String { "\(adapter): \(detail)" }
}
