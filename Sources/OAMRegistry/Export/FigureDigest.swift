/// An order-independent 128-bit digest of a descriptor's figures: equal exactly when
/// `BundleDiff.compare` finds no change between them (same paths, values, units, source URL
/// sets and tiers), up to a collision chance of about n² / 2^129 for n descriptors.
///
/// `oam diff` keeps only this per descriptor while it streams a bundle, and reads the
/// figures again only for descriptors whose digests differ. Each figure adds two seeded
/// hashes (the sum does not depend on figure order, which `compare` ignores too). `Hasher`
/// is seeded per process, so digests compare only within one run.
public struct FigureDigest: Sendable, Hashable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    public init() {}

    /// Adds one figure.
    public mutating func add(_ figure: ExportedFigure) {
        low &+= Self.hash(figure, salt: 0)
        high &+= Self.hash(figure, salt: 1)
    }

    /// What `BundleDiff.compare` looks at, and nothing else: the written text and the source
    /// keys may change without the figure changing.
    private static func hash(_ figure: ExportedFigure, salt: UInt8) -> UInt64 {
        var hasher = Hasher()
        hasher.combine(salt)
        hasher.combine(figure.path)
        hasher.combine(figure.valueText)
        hasher.combine(figure.unit)
        hasher.combine(figure.tier)
        hasher.combine(Set(figure.sources.map(\.url)).sorted())
        return UInt64(bitPattern: Int64(hasher.finalize()))
    }
}
