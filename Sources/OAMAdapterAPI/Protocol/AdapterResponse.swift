/// One response: the adapter writes exactly one to standard output (logs go to standard
/// error) and exits 0. Exactly one of `result` and `error` is present.
public struct AdapterResponse: Sendable, Hashable, Codable {
    /// Always "oam-adapter".
    public var `protocol`: String
    /// The protocol version the adapter chose from the request's `versions`.
    public var version: Int
    /// Who answered.
    public var adapter: Identity?
    /// The answer, when the adapter could give one.
    public var result: AdapterResult?
    /// Why the adapter could not answer.
    public var error: AdapterFailure?

    /// An adapter's id and version, as it announces itself in every response.
    public struct Identity: Sendable, Hashable, Codable {
        /// The adapter's id, e.g. `amd`.
        public var id: String
        /// The adapter's own version (not the protocol's), e.g. `1.2.0`.
        public var version: String

        public init(id: String, version: String) {
            self.id = id
            self.version = version
        }
    }

    public init(version: Int = AdapterProtocol.version, adapter: Identity?, result: AdapterResult) {
        self.protocol = AdapterProtocol.name
        self.version = version
        self.adapter = adapter
        self.result = result
        self.error = nil
    }

    public init(version: Int = AdapterProtocol.version, adapter: Identity?, error: AdapterFailure) {
        self.protocol = AdapterProtocol.name
        self.version = version
        self.adapter = adapter
        self.result = nil
        self.error = error
    }
}

/// A request the adapter could not answer: a stable code and a message for people.
public struct AdapterFailure: Sendable, Hashable, Codable, Error {
    /// What went wrong, as a stable code (codes this host does not know are kept as sent).
    public var code: AdapterFailureCode
    /// A sentence for people; decisions use `code`, never this text.
    public var message: String

    public init(code: AdapterFailureCode, message: String) {
        self.code = code
        self.message = message
    }
}
