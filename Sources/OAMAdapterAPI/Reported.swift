import OAMCore

/// A figure an adapter reports, with the evidence behind it.
///
/// Capability figures are held to the same standard as registry data: a URL and a tier,
/// so a verdict built on them can say how much to trust it.
public struct Reported<Value: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    /// The figure, in the unit the member holding it states (SI base units for rates and sizes).
    public var value: Value
    /// Where the figure comes from: a document URL.
    public var source: String
    /// How the figure was read (vendor, press, third-party, measured).
    public var tier: EvidenceTier
    /// How the figure was derived, when it is not quoted as is.
    public var note: String?

    public init(_ value: Value, source: String, tier: EvidenceTier, note: String? = nil) {
        self.value = value
        self.source = source
        self.tier = tier
        self.note = note
    }
}
