/// One file of a static site: where it goes under the site's root (`zh/models/qwen/qwen3-8b.html`,
/// as on disk: not percent-encoded) and its text.
public struct SiteFile: Sendable, Equatable {
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
