import OAMCore

/// The `NameKey` of each name a descriptor answers to, by role: what registry lookups and
/// `unique-alias` compare, normalised once per registry (normalising is the costly part).
public struct DescriptorNameKeys: Sendable {
    public let id: String
    /// The key of the id's part after its last slash (`ascend-910b`).
    public let productPart: String
    public let name: String
    /// One key per alias, in the order of `Descriptor.aliases`.
    public let aliases: [String]
    /// Every key above once, empty ones left out, in the order id, name, aliases, product
    /// part: what the registry indexes and `search` ranks.
    public let distinct: [String]

    public init(_ descriptor: Descriptor) {
        id = NameKey.normalised(descriptor.id)
        productPart = NameKey.normalised(Registry.productPart(of: descriptor.id))
        name = NameKey.normalised(descriptor.name)
        aliases = descriptor.aliases.map(NameKey.normalised)
        var distinct: [String] = []
        for key in [id, name] + aliases + [productPart] where !key.isEmpty && !distinct.contains(key) {
            distinct.append(key)
        }
        self.distinct = distinct
    }
}
