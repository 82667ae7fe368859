@_exported import OAMCore

/// A figure an adapter reports, with the evidence behind it.
///
/// Capability figures are held to the same standard as registry data: a URL and a tier,
/// so a verdict built on them can say how much to trust it.
public struct Reported<Value: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    public var value: Value
    /// Where the figure comes from: a document URL.
    public var source: String
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
