import OAMCore

/// A PCI device id the vendor's adapter recognises, with the product it names and the
/// registry module it is (if the module is in the registry).
///
/// Known devices let discovery name a device the registry does not cover ("Enflame S90,
/// not in the registry") and let validation catch a descriptor that claims another
/// product's id.
public struct KnownDevice: Sendable, Hashable {
    /// The PCI vendor:device id.
    public var id: PCIID
    /// The product name as the source gives it ("Instinct MI300X VF").
    public var name: String
    /// The registry id of the module, or `nil` when the product is not in the registry.
    public var module: String?
    /// Where the id is stated for the product: a URL.
    public var source: String
    /// How the mapping was read (vendor, press, third-party, measured).
    public var tier: EvidenceTier
    /// Why the mapping needs care (a virtual function, an id shared by products).
    public var note: String?

    public init(_ id: String, _ name: String, module: String?, source: String, tier: EvidenceTier, note: String? = nil) {
        guard let parsed = PCIID(id) else { preconditionFailure("KnownDevice: '\(id)' is not a vvvv:dddd PCI id") }
        self.id = parsed
        self.name = name
        self.module = module
        self.source = source
        self.tier = tier
        self.note = note
    }
}
