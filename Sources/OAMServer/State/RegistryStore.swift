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

    /// Loads and validates the registry at `path`; throws its errors (warnings are fine).
    public init(path: String) throws(LoadFailure) {
        self.path = path
        self.snapshot = Mutex(try Self.load(path))
    }

    /// Serves an already loaded registry (tests).
    public init(registry: Registry, path: String = "") {
        self.path = path
        self.snapshot = Mutex(RegistrySnapshot(registry: registry))
    }

    var current: RegistrySnapshot { snapshot.withLock { $0 } }

    /// The revision now served.
    public var revision: String { current.revision }

    /// Reads the folder again; on errors the old registry keeps serving and they are thrown.
    public func reload() throws(LoadFailure) {
        let next = try Self.load(path)
        snapshot.withLock { $0 = next }
    }

    private static func load(_ path: String) throws(LoadFailure) -> RegistrySnapshot {
        let registry = RegistryLoader().load(paths: [path])
        let errors = RegistryCheck.diagnostics(registry).filter { $0.severity == .error }
        guard errors.isEmpty else { throw LoadFailure(errors: errors) }
        return RegistrySnapshot(registry: registry)
    }
}
