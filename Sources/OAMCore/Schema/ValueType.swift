/// The type of a field in a descriptor schema. The same description drives the validator
/// (which reports each mismatch under its own rule id), the JSON Schema export and the
/// format documentation.
public indirect enum ValueType: Sendable {
    /// Any text.
    case text
    /// Text of a fixed shape.
    case formatted(ScalarFormat)
    /// A whole number in `range`.
    case integer(ClosedRange<Int>)
    /// A plain decimal number (counts such as `8.03e9`) in `range`.
    case number(ClosedRange<Double>)
    /// `true` or `false`, nothing else (`yes`, `on`, `NO` are refused).
    case boolean
    /// A quantity with a unit of one of the dimensions.
    case quantity([Dimension])
    /// One of a fixed set of words.
    case oneOf([String])
    /// The value may also be the word `unknown`: not publicly known.
    case orUnknown(ValueType)
    case list(ValueType)
    case object(ObjectSchema)
    /// A mapping with free keys of a given shape and values of one type.
    case map(keys: MapKeys, values: ValueType)

    /// What keys a `map` accepts.
    public enum MapKeys: Sendable {
        /// Keys from a fixed set (precisions).
        case oneOf([String])
        /// Keys of a format (source keys are kebab-case).
        case formatted(ScalarFormat)
    }

    /// A short phrase for messages: "a whole number", "a list"…
    public var phrase: String {
        switch self {
        case .text: return "text"
        case .formatted(let format): return format.expectation
        case .integer: return "a whole number"
        case .number: return "a number"
        case .boolean: return "true or false"
        case .quantity(let dimensions): return dimensions.map(\.phrase).joined(separator: " or ") + " with its unit"
        case .oneOf(let values): return "one of " + values.map { "'\($0)'" }.joined(separator: ", ")
        case .orUnknown(let inner): return inner.phrase + " or 'unknown'"
        case .list: return "a list"
        case .object, .map: return "a mapping"
        }
    }
}
