import Foundation

/// Paths of the repository's fixtures and registry, found from this source file so tests
/// run from any working directory.
public enum Fixtures {
    /// The repository root.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped registry.
    public static var registry: String { repositoryRoot.appendingPathComponent("Registry").path }

    /// A fixture file or folder under `Tests/Fixtures`.
    public static func path(_ relative: String) -> String {
        repositoryRoot.appendingPathComponent("Tests/Fixtures").appendingPathComponent(relative).path
    }
}
