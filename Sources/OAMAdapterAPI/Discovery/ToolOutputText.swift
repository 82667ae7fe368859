extension StringProtocol {
    /// The text without leading and trailing whitespace (spaces, tabs, newlines): what a
    /// vendor tool's column or `key : value` field holds once its padding is removed.
    public func trimmingWhitespace() -> String {
        var text = self[...]
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return String(text)
    }
}
