import Dispatch
import OAMAdapterAPI
import OAMRegistry

/// Lists every adapter: the in-tree ones, and the out-of-tree executables found by a
/// locator, each asked to `describe` itself (concurrently, each within its limits).
public enum AdapterInventory {
    public static func list(locator: ExecutableLocator, limits: BoundedProcess.Limits, registry: Registry?) -> [AdapterListing] {
        let inTree = BuiltInAdapters.all.map { adapter in
            AdapterListing(
                kind: .inTree, id: adapter.info.id, info: adapter.info,
                modules: covered(adapter.modules, vendors: adapter.info.vendors, registry: registry),
                examples: adapter.examples.count)
        }
        let external = locator.adapters().concurrentMap { describe($0, limits: limits, registry: registry) }
        return inTree + external
    }

    /// Asks one executable to describe itself.
    public static func describe(_ found: ExecutableLocator.Found, limits: BoundedProcess.Limits, registry: Registry?)
        -> AdapterListing
    {
        let endpoint = ExternalAdapter(executable: found.path, limits: limits)
        let request = AdapterRequest(method: .describe, host: HostIdentity.description)
        var listing = AdapterListing(
            kind: .outOfTree, id: found.vendor, info: nil, modules: [], examples: 0, path: found.path, shadowed: found.shadowed)
        switch endpoint.send(request) {
        case .failure(let problem):
            listing.problem = problem
        case .success(let response):
            if let failure = response.error {
                listing.problem = AdapterProblem(
                    adapter: endpoint.name, kind: .adapterError, detail: "describe failed: \(failure.code): \(failure.message)")
            } else if let info = response.result?.info {
                listing.info = info
                listing.modules = covered(response.result?.modules ?? [], vendors: info.vendors, registry: registry)
                listing.examples = response.result?.examples?.count ?? 0
            } else {
                listing.problem = AdapterProblem(
                    adapter: endpoint.name, kind: .invalidResponse, detail: "describe returned no 'info'")
            }
        }
        return listing
    }

    static func covered(_ known: [String], vendors: [String], registry: Registry?) -> [String] {
        let ofVendors = registry?.accelerators.filter { vendors.contains($0.vendor) }.map(\.id) ?? []
        return Array(Set(known + ofVendors)).sorted()
    }
}
