import OAMCore

/// One versioned snapshot of the registry for integrators: every descriptor as a flat list
/// of figures in SI base units, each with the sources that support it.
///
/// The same bundle is written as JSON or CSV (`oam export`) and read back by `oam diff`,
/// which compares two bundles figure by figure. Bump `schemaVersion` when a field's
/// meaning changes; adding fields keeps it.
public struct ExportBundle: Sendable, Hashable {
    /// The version of the bundle layout described here.
    public static let currentSchemaVersion = 1
    /// The `format` of every JSON bundle.
    public static let formatName = "oam-export"

    public var schemaVersion: Int
    /// The git commit the registry was read from (`-dirty` when files differed), or
    /// `unknown`.
    public var registryRevision: String
    /// The tool that wrote the bundle, e.g. `oam 0.1.0`.
    public var generator: String?
    /// Sorted by kind, then id.
    public var descriptors: [ExportedDescriptor]

    public init(
        schemaVersion: Int = Self.currentSchemaVersion, registryRevision: String, generator: String? = nil,
        descriptors: [ExportedDescriptor]
    ) {
        self.schemaVersion = schemaVersion
        self.registryRevision = registryRevision
        self.generator = generator
        self.descriptors = descriptors.sorted { ($0.kind, $0.id) < ($1.kind, $1.id) }
    }

    /// The bundle of a loaded registry: every file that decoded to a descriptor. `root` is
    /// the registry folder, so bundles name files relative to it.
    public init(registry: Registry, root: String, registryRevision: String, generator: String? = nil) {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        var descriptors: [ExportedDescriptor] = []
        for file in registry.files {
            guard let exported = FigureFlattener.descriptor(file) else { continue }
            var descriptor = exported
            if descriptor.file.hasPrefix(prefix) { descriptor.file = String(descriptor.file.dropFirst(prefix.count)) }
            descriptors.append(descriptor)
        }
        self.init(registryRevision: registryRevision, generator: generator, descriptors: descriptors)
    }
}

/// One descriptor of a bundle.
public struct ExportedDescriptor: Sendable, Hashable {
    public var id: String
    /// `accelerator`, `model` or `module-spec`.
    public var kind: String
    /// The file, relative to the registry folder.
    public var file: String
    public var figures: [ExportedFigure]
    public var sources: [Source]
    public var conflicts: [Conflict]
    public var notes: String?

    public init(
        id: String, kind: String, file: String, figures: [ExportedFigure], sources: [Source] = [], conflicts: [Conflict] = [],
        notes: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.file = file
        self.figures = figures
        self.sources = sources
        self.conflicts = conflicts
        self.notes = notes
    }
}

/// One figure: a leaf of a descriptor, in SI base units when it is a quantity.
public struct ExportedFigure: Sendable, Hashable {
    /// A source that supports the figure.
    public struct Evidence: Sendable, Hashable {
        public var key: String
        public var url: String
        public var tier: String

        public init(key: String, url: String, tier: String) {
            self.key = key
            self.url = url
            self.tier = tier
        }
    }

    /// Dotted path: `memory.capacity`, `peak_dense.bf16`, `power_profiles.0.supply`.
    public var path: String
    /// The value: a number in SI base units for quantities, else the number, text, truth
    /// value or list the descriptor states; `null` when the descriptor says `unknown`.
    public var value: JSONValue
    /// The SI base unit of a quantity (`B`, `B/s`, `FLOP/s`, `OP/s`, `W`, `V`, `m`).
    public var unit: String?
    /// The value as the descriptor writes it (`192 GiB`, `unknown`).
    public var written: String
    /// The strongest tier among the sources.
    public var tier: String?
    public var sources: [Evidence]

    public init(
        path: String, value: JSONValue, unit: String? = nil, written: String, tier: String? = nil, sources: [Evidence] = []
    ) {
        self.path = path
        self.value = value
        self.unit = unit
        self.written = written
        self.tier = tier
        self.sources = sources
    }

    /// True unless the descriptor says `unknown`.
    public var isKnown: Bool { value != .null }

    /// The SI value with its unit (`137438953472 B`), or `unknown`.
    public var siText: String {
        guard isKnown else { return "unknown" }
        guard let unit, !unit.isEmpty else { return valueText }
        return "\(valueText) \(unit)"
    }

    /// The value as one line of text, the same for JSON and CSV bundles: numbers in their
    /// shortest form, lists as JSON, unknown as empty.
    public var valueText: String {
        switch value {
        case .null: return ""
        case .string(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        default: return value.serialized()
        }
    }
}

extension ExportBundle {
    /// Ids held by more than one descriptor, each with the files that hold it, in id order.
    /// A diff matches descriptors by id, so a bundle with one of these cannot be compared
    /// without silently dropping all but one of them.
    public var duplicateIDs: [(id: String, files: [String])] {
        var filesByID: [String: [String]] = [:]
        for descriptor in descriptors { filesByID[descriptor.id, default: []].append(descriptor.file) }
        return filesByID.filter { $0.value.count > 1 }.sorted { $0.key < $1.key }.map { (id: $0.key, files: $0.value.sorted()) }
    }

    /// Descriptors by id, the first of an id when there are several.
    public var descriptorsByID: [String: ExportedDescriptor] {
        Dictionary(descriptors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
