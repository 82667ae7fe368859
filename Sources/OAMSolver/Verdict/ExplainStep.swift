/// One step of the arithmetic behind a verdict, for `--explain`: what is computed, the
/// formula with the figures put in, and the result.
public struct ExplainStep: Sendable, Hashable {
    public var title: String
    public var lines: [String]

    public init(_ title: String, _ lines: [String]) {
        self.title = title
        self.lines = lines
    }
}
