/// A figure the solver uses when neither the registry nor an adapter states it, with the
/// public source it is derived from (or `nil` when it is a plain assumption).
public struct Assumption: Sendable, Hashable {
    /// Short name shown in reasons, e.g. "sustained bandwidth fraction".
    public var name: String
    public var value: Double
    /// Where the value comes from; `nil` marks an assumption without a source.
    public var source: String?
    /// How the value was derived.
    public var note: String

    public init(name: String, value: Double, source: String?, note: String) {
        self.name = name
        self.value = value
        self.source = source
        self.note = note
    }
}
