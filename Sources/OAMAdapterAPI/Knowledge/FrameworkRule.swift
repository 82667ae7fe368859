/// A serving framework's support on a module, with the first stack version it needs.
public struct FrameworkRule: Sendable, Hashable {
    /// The framework, the kernel features it has on the module, and its source.
    public var support: FrameworkSupport
    /// The first stack version the framework runs on ("CANN 8.0.0"); `nil` when not stated.
    public var minimumStack: String?

    public init(_ support: FrameworkSupport, minimumStack: String? = nil) {
        self.support = support
        self.minimumStack = minimumStack
    }
}
