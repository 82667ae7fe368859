/// Where the links of a page lead: to the server's routes, or to the files of a static site.
/// The page renderers are the same for both; only `PageLinks` reads the style.
public enum LinkStyle: Sendable, Equatable {
    /// `oam serve`: absolute paths (`/accelerators/amd/mi300x`), the language as `?lang=zh`.
    case server
    /// A static site written by `oam site`: every link relative to the file being written,
    /// `page`, given under its language's folder (`accelerators/amd/mi300x.html`), so the
    /// site works from any folder of any host and from `file://`. The language is the
    /// folder (`zh/`), not a parameter.
    case site(page: String)
}
