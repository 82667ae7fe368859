import Dispatch
import OAMCore
import OAMHost
import OAMQuery
import OAMRegistry
import Synchronization

/// The adapters `GET /api/v1/adapters` lists, as `oam adapters --format json` does:
/// discovered at start and after every reload on a queue of its own, so serving never waits
/// for an out-of-tree adapter, and never spawned per request. Each out-of-tree adapter is
/// asked to describe itself within `limits` (killed at the timeout), all at once, so one
/// discovery takes at most about one timeout.
public final class AdapterStore: Sendable {
    public let locator: ExecutableLocator
    public let limits: BoundedProcess.Limits
    /// The latest discovery started, and the listing of the latest one finished.
    private let state = Mutex<(started: Int, listing: RenderedBody?)>((0, nil))
    private let queue = DispatchQueue(label: "oam.serve.adapter-discovery")

    public init(locator: ExecutableLocator = ExecutableLocator(), limits: BoundedProcess.Limits = BoundedProcess.Limits()) {
        self.locator = locator
        self.limits = limits
    }

    /// Starts a discovery against `registry` (whose modules each adapter's `modules` lists)
    /// and returns at once. A discovery overtaken by a newer one before it starts is
    /// skipped, and its result never replaces a newer one's.
    public func discover(registry: Registry) {
        let generation = state.withLock { state -> Int in
            state.started += 1
            return state.started
        }
        queue.async { [self] in
            guard state.withLock({ $0.started == generation }) else { return }
            let listings = AdapterInventory.list(locator: locator, limits: limits, registry: registry)
            let body = RenderedBody(json: .array(listings.map(\.json)))
            state.withLock { state in
                if state.started == generation || state.listing == nil { state.listing = body }
            }
        }
    }

    /// The rendered listing of the latest finished discovery; `nil` until the first ends.
    var listing: RenderedBody? { state.withLock { $0.listing } }

    /// Whether a listing is ready (tests wait for the first discovery with it).
    public var isReady: Bool { listing != nil }
}
