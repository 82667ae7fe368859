import OAMCore
import OAMQuery
import OAMRegistry

/// One loaded, validated registry and everything rendered from it that does not depend on
/// the request. Replaced as a whole on reload, never mutated; a class, so that a request
/// takes the current one with one reference count, not a copy of every field.
final class RegistrySnapshot: Sendable {
    let registry: Registry
    /// Content hash of every descriptor's JSON: changes exactly when the served data does.
    let revision: String
    let accelerators: RenderedBody
    let models: RenderedBody
    let specs: RenderedBody
    /// `GET /api/v1/{kind}/{id}` bodies by descriptor id.
    let descriptors: [String: RenderedBody]
    let health: RenderedBody
    /// The registry with paths relative to its folder: what a posted descriptor is checked
    /// in (`PostedDescriptor`).
    let relative: Registry
    /// `GET /api/v1/export?format=json` and `format=csv` bodies.
    let exportJSON: RenderedBody
    let exportCSV: RenderedBody

    /// `root` is the registry folder the files were loaded from (empty when unknown).
    init(registry: Registry, root: String) {
        self.registry = registry
        self.relative = RelativeRegistry.make(registry, root: root)
        let bundle = ExportFormat.bundle(registry, root: root)
        self.exportJSON = RenderedBody(ExportFormat.json.render(bundle), contentType: ExportFormat.json.contentType)
        self.exportCSV = RenderedBody(ExportFormat.csv.render(bundle), contentType: ExportFormat.csv.contentType)
        let accelerators = registry.accelerators.sorted { $0.id < $1.id }
        let models = registry.models.sorted { $0.id < $1.id }
        let specs = registry.moduleSpecs.sorted { $0.id < $1.id }
        let lists = [accelerators.map(\.json), models.map(\.json), specs.map(\.json)].map {
            RenderedBody(json: .array($0), precompress: true)
        }
        self.accelerators = lists[0]
        self.models = lists[1]
        self.specs = lists[2]
        var descriptors: [String: RenderedBody] = [:]
        for a in accelerators { descriptors[a.id] = RenderedBody(json: a.json, precompress: true) }
        for m in models { descriptors[m.id] = RenderedBody(json: m.json, precompress: true) }
        for s in specs { descriptors[s.id] = RenderedBody(json: s.json, precompress: true) }
        self.descriptors = descriptors
        let revision = RenderedBody.fnv1a64(lists.map { String(buffer: $0.bytes) }.joined(separator: "\n").utf8)
        self.revision = revision
        self.health = RenderedBody(
            json: .object([
                ("status", .string("ok")),
                ("revision", .string(revision)),
                ("accelerators", .integer(accelerators.count)),
                ("models", .integer(models.count)),
                ("specs", .integer(specs.count)),
            ]))
    }

    /// The export body in `format`.
    func export(_ format: ExportFormat) -> RenderedBody {
        switch format {
        case .json: return exportJSON
        case .csv: return exportCSV
        }
    }
}
