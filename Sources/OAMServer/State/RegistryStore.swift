import Logging
import OAMCore
import OAMQuery
import OAMRegistry
import Synchronization

/// The registry the server answers from. Requests read the current snapshot; a reload
/// swaps in a new one only when it validates without errors, so a broken edit never stops
/// the server answering from the last good registry.
public final class RegistryStore: Sendable {
    /// The registry folder, read at start and on every reload.
    public let path: String
    private let snapshot: Mutex<RegistrySnapshot>

    /// Why a registry was not (re)loaded: its error diagnostics, in path order.
    public struct LoadFailure: Error, Sendable {
        public let errors: [Diagnostic]
    }

    /// The adapters, discovered again (in the background) after every load.
    public let adapters: AdapterStore

    /// Loads and validates the registry at `path`; throws its errors (warnings are fine).
    /// Adapter discovery starts in the background.
    public init(path: String, adapters: AdapterStore = AdapterStore()) throws(LoadFailure) {
        self.path = path
        let loaded = try Self.load(path)
        self.snapshot = Mutex(loaded)
        self.adapters = adapters
        adapters.discover(registry: loaded.registry)
    }

    /// Serves an already loaded registry (tests); `path` is its folder, if it has one.
    public init(registry: Registry, path: String = "", adapters: AdapterStore = AdapterStore()) {
        self.path = path
        self.snapshot = Mutex(RegistrySnapshot(registry: registry, root: path))
        self.adapters = adapters
        adapters.discover(registry: registry)
    }

    var current: RegistrySnapshot { snapshot.withLock { $0 } }

    /// The revision now served.
    public var revision: String { current.revision }

    /// Reads the folder again; on errors the old registry keeps serving and they are thrown.
    /// On success the adapters are discovered again, since what they cover depends on it.
    public func reload() throws(LoadFailure) {
        let next = try Self.load(path)
        snapshot.withLock { $0 = next }
        adapters.discover(registry: next.registry)
    }

    private static func load(_ path: String) throws(LoadFailure) -> RegistrySnapshot {
        let registry = RegistryLoader().load(paths: [path])
        let errors = RegistryCheck.diagnostics(registry).filter { $0.severity == .error }
        guard errors.isEmpty else { throw LoadFailure(errors: errors) }
        return RegistrySnapshot(registry: registry, root: path)
    }
}
