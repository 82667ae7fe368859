/// What a name a user typed leads to (`Registry.resolve`).
public enum NameResolution: Sendable {
    /// Exactly one descriptor answers to the name.
    case found(DescriptorFile)
    /// Several descriptors answer to it, or contain it (`昇腾` is part of `昇腾910B` and
    /// `昇腾910C`): their ids, best match first. Commands list them and exit 2.
    case ambiguous([String])
    /// Nothing answers to it.
    case notFound
}
