/// One node of a YAML document: a scalar, a mapping or a sequence, with the positions
/// where it starts and ends.
///
/// The tree keeps text, not types: `NO`, `1.10` and `on` stay strings until a schema asks
/// for a type. End positions are kept so diagnostics can underline a whole value.
public struct YAMLNode: Sendable {
    /// What the node holds.
    public enum Content: Sendable {
        case scalar(YAMLScalar)
        case mapping([YAMLEntry])
        case sequence([YAMLNode])
    }

    public var content: Content
    /// Position of the first character of the node (for a block mapping: its first key).
    public var start: YAMLMark
    /// Position just after the node's last character.
    public var end: YAMLMark

    public init(_ content: Content, start: YAMLMark, end: YAMLMark) {
        self.content = content
        self.start = start
        self.end = end
    }
}

/// A scalar's text and how it was written.
public struct YAMLScalar: Sendable, Hashable {
    /// How a scalar was written in the source; quoting matters when a schema decides
    /// whether an empty plain value means "no value".
    public enum Style: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// True for a plain scalar that YAML would read as null: empty, `~` or `null`. Those
    /// are at most four bytes, and no longer text is canonically equivalent to them, so
    /// the length rules out every other value before its characters are compared.
    public var isNull: Bool {
        style == .plain && text.utf8.count <= 4
            && (text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL")
    }
}

/// One key/value pair of a mapping. Keys are always scalars.
public struct YAMLEntry: Sendable {
    public var key: YAMLScalar
    /// Where the key starts and ends.
    public var keyStart: YAMLMark
    public var keyEnd: YAMLMark
    public var value: YAMLNode

    public init(key: YAMLScalar, keyStart: YAMLMark, keyEnd: YAMLMark, value: YAMLNode) {
        self.key = key
        self.keyStart = keyStart
        self.keyEnd = keyEnd
        self.value = value
    }
}
