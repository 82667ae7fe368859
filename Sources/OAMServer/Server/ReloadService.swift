import Dispatch
import Logging
import ServiceLifecycle
import UnixSignals

/// Reloads the registry on SIGHUP. A registry with errors is not swapped in: the old one
/// keeps serving and every error is logged with its position.
struct ReloadService: Service {
    let store: RegistryStore
    let logger: Logger

    func run() async throws {
        for await _ in await UnixSignalsSequence(trapping: .sighup).cancelOnGracefulShutdown() {
            // Loading a registry reads and validates every file: on a queue of its own, not on
            // one of the few threads of the concurrency pool that resume every request.
            await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
                Self.loading.async {
                    reload()
                    done.resume()
                }
            }
        }
    }

    private static let loading = DispatchQueue(label: "oam.serve.reload")

    func reload() {
        do {
            try store.reload()
            logger.notice("reloaded \(store.path): revision \(store.revision)")
        } catch {
            for diagnostic in error.errors { logger.error("\(diagnostic.formatted)") }
            logger.error(
                "reload refused: \(error.errors.count) error\(error.errors.count == 1 ? "" : "s"); still serving revision \(store.revision)"
            )
        }
    }
}
