import OAMCore
import YAMLReader

/// The quantities the schema walker parsed, by where their scalar starts, so that decoding
/// takes each figure's quantity instead of parsing its text a second time.
///
/// Only successful parses are kept. The expected dimensions decide nothing in a parse but
/// whether the unit found is accepted, so a quantity parsed for one set of dimensions is
/// what a parse of the same text for another set gives, or that parse is refused.
struct ParsedQuantities {
    /// In the order the walker met them: a descriptor holds a few dozen, and a scan of
    /// that many marks costs less than hashing.
    private var found: [(start: YAMLMark, quantity: Quantity)] = []

    mutating func record(_ quantity: Quantity, at start: YAMLMark) {
        found.append((start, quantity))
    }

    /// `QuantityParser.parse(text, expecting: dimensions)` for the text of the scalar that
    /// starts at `start`, as a value or `nil` when refused, read from what the walker
    /// parsed when it parsed that scalar.
    func quantity(_ text: String, at start: YAMLMark, expecting dimensions: [Dimension]) -> Quantity? {
        guard let parsed = found.first(where: { $0.start == start })?.quantity else {
            return try? QuantityParser.parse(text, expecting: dimensions).get()
        }
        return dimensions.isEmpty || dimensions.contains(parsed.dimension) ? parsed : nil
    }
}
