/// The stable codes of `AdapterFailure`, as the protocol spells them.
///
/// A newer adapter may send a code this host does not know: it decodes as `.other` with
/// its text kept, and encodes back unchanged, so the protocol JSON is the same string
/// either way.
public enum AdapterFailureCode: Sendable, Hashable, Codable, RawRepresentable, CustomStringConvertible {
    /// The request's `versions` holds no version the adapter speaks.
    case unsupportedVersion
    /// The request is malformed (wrong protocol name, a missing parameter).
    case invalidRequest
    /// The adapter does not implement the method.
    case unknownMethod
    /// The descriptor the request points at cannot be read as an accelerator.
    case invalidDescriptor
    /// The adapter does not know the module.
    case unknownModule
    /// The adapter failed on its own.
    case `internal`
    /// A code this version of the protocol does not define, as sent.
    case other(String)

    /// Every defined code, in the protocol's order.
    public static let defined: [AdapterFailureCode] = [
        .unsupportedVersion, .invalidRequest, .unknownMethod, .invalidDescriptor, .unknownModule, .internal,
    ]

    public init(rawValue: String) {
        self = Self.defined.first { $0.rawValue == rawValue } ?? .other(rawValue)
    }

    /// The code as the JSON carries it (`unsupported-method`, …).
    public var rawValue: String {
        switch self {
        case .unsupportedVersion: return "unsupported-version"
        case .invalidRequest: return "invalid-request"
        case .unknownMethod: return "unknown-method"
        case .invalidDescriptor: return "invalid-descriptor"
        case .unknownModule: return "unknown-module"
        case .internal: return "internal"
        case .other(let text): return text
        }
    }

    /// The raw value, so messages print the code as sent.
    public var description: String { rawValue }

    public init(from decoder: Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
