/// Why a YAML text was refused, and where.
///
/// The message never embeds the input: a 1 MiB file must not turn into a 1 MiB error.
public struct YAMLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The class of problem; stable, so tools and tests can match on it.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// libyaml could not scan or parse the text (indentation, tabs, unclosed quotes…).
        case syntax
        /// The bytes are not valid UTF-8, or contain control characters.
        case encoding
        /// An anchor (`&a`), alias (`*a`) or merge key (`<<`).
        case anchorOrAlias
        /// The same key twice in one mapping, compared on the key text.
        case duplicateKey
        /// A key that is a mapping or a list.
        case complexKey
        /// An explicit tag such as `!!str`.
        case tag
        /// More than one document (`---`) in one file.
        case multipleDocuments
        /// The input is larger than `YAMLLimits.maxBytes`.
        case tooLarge
        /// Nesting deeper than `YAMLLimits.maxDepth`.
        case tooDeep
        /// More nodes than `YAMLLimits.maxNodes`.
        case tooManyNodes
    }

    public var kind: Kind
    public var message: String
    public var mark: YAMLMark

    public init(_ kind: Kind, _ message: String, at mark: YAMLMark) {
        self.kind = kind
        self.message = message
        self.mark = mark
    }

    public var description: String { "\(mark): \(message)" }
}
