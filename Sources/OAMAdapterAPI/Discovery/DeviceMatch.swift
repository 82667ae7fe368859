/// What an adapter says a PCI device is.
public struct DeviceMatch: Sendable, Hashable, Codable {
    /// The device's PCI address.
    public var address: String
    /// Registry ids of the modules the device may be: one when certain, several when the
    /// id is shared, none when the product is recognised but not in the registry.
    public var modules: [String]
    /// The product name, when the adapter recognises the id.
    public var name: String?
    /// Caveats ("virtual function", "id also used by first-generation cards").
    public var note: String?

    public init(address: String, modules: [String], name: String? = nil, note: String? = nil) {
        self.address = address
        self.modules = modules
        self.name = name
        self.note = note
    }
}
