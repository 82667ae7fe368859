import OAMPages
import OAMRegistry
import OAMTestSupport

/// The repository's registry, loaded once for the page tests.
enum PagesFixture {
    static let registry = RegistryLoader().load(paths: [Fixtures.registry])

    static func context(_ language: Language = .en, path: String = "/", _ parameters: [(String, String)] = []) -> PageContext {
        PageContext(registry: registry, language: language, path: path, parameters: parameters)
    }
}
