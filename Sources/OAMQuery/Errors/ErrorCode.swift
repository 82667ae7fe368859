/// The stable `code` of an error document: what went wrong, for a program to branch on
/// (the message is for people and may change).
public enum ErrorCode: String, Sendable, CaseIterable {
    /// A parameter is malformed, out of range, unknown or does not go with the others.
    case invalidParameter = "invalid_parameter"
    /// No descriptor answers to the id or alias.
    case notFound = "not_found"
    /// Several descriptors answer to the name (`昇腾`); `suggestions` lists their ids.
    case ambiguous
    /// Well formed, but this input cannot be answered (a model shape that cannot be sized).
    case unanswerable
    /// A posted document that cannot be read (malformed JSON or YAML, over a reader limit).
    case invalidBody = "invalid_body"
    /// The route exists but not with this method.
    case methodNotAllowed = "method_not_allowed"
    /// The request body is larger than the server accepts.
    case payloadTooLarge = "payload_too_large"
    /// The request body did not arrive in full within the server's body deadline.
    case requestTimeout = "request_timeout"
    /// The body's media type is not one the route reads.
    case unsupportedMediaType = "unsupported_media_type"
    /// No representation the `Accept` header allows.
    case notAcceptable = "not_acceptable"
    /// Too many requests at once, or a request over its time bound: retry later.
    case overloaded
    /// The answer is still being prepared (adapters are discovered at start and after a
    /// reload, never per request): retry after `Retry-After`.
    case notReady = "not_ready"
    /// A fault of the server.
    case `internal`
}
