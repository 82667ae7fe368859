import OAMCore
import YAMLReader

/// What the registry-wide rules need of a file's tree, taken when the file is decoded:
/// where its id is, and the text and position of each alias.
///
/// `unique-id` and `unique-alias` compare every file with every other, so they run after
/// all files are loaded; reading these few facts instead of the tree lets a file's tree go
/// once its own rules ran.
public struct RegistryFacts: Sendable {
    /// An alias as written: a scalar item of `aliases`, and where it is.
    public struct Alias: Sendable {
        public var text: String
        public var range: SourceRange
    }

    /// The range of the `id` value, or the file start when the file has none.
    public var idRange: SourceRange
    /// The scalar items of `aliases` when it is a list, in order (items of another shape are
    /// left out; the schema reports them). Empty when there is no such list.
    public var aliases: [Alias]

    /// The facts of a file whose tree is `root` (none for a file that did not parse).
    public init(_ root: YAMLNode?) {
        idRange = DescriptorFile.range(of: "id", in: root)
        var aliases: [Alias] = []
        if let items = root?.node(at: "aliases")?.items {
            aliases.reserveCapacity(items.count)
            for item in items {
                if case .scalar(let scalar) = item.content { aliases.append(Alias(text: scalar.text, range: SourceRange(item))) }
            }
        }
        self.aliases = aliases
    }
}
