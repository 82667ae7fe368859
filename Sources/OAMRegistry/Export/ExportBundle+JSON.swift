import OAMCore

/// The JSON form of a bundle, and reading it back.
extension ExportBundle {
    /// Why a file is not a bundle this build can read.
    public struct ReadError: Error, Sendable, CustomStringConvertible {
        public var message: String
        public init(_ message: String) { self.message = message }
        public var description: String { message }
    }

    public var json: JSONValue {
        var counts: [(String, JSONValue)] = []
        for kind in DescriptorKind.allCases {
            counts.append((kind.rawValue, .integer(descriptors.filter { $0.kind == kind.rawValue }.count)))
        }
        return .object([
            ("format", .string(Self.formatName)),
            ("schema_version", .integer(schemaVersion)),
            ("registry_revision", .string(registryRevision)),
            ("generator", .string(generator)),
            ("units", .object(Dimension.allCases.map { ($0.rawValue, .string($0.baseSymbol)) })),
            ("counts", .object(counts)),
            ("descriptors", .array(descriptors.map(\.json))),
        ])
    }

    /// Reads a JSON bundle; refuses a newer `schema_version` than this build writes.
    public init(json text: String) throws(ReadError) {
        let root: JSONValue
        do {
            root = try JSONTextParser.parse(text)
        } catch {
            throw ReadError("not JSON: \(error)")
        }
        let header = try JSONBundleHeader(root)
        guard case .array(let items)? = root[member: "descriptors"] else { throw ReadError("the bundle has no descriptors list") }
        var descriptors: [ExportedDescriptor] = []
        var position: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            let descriptor = try ExportedDescriptor(json: item)
            if let first = position[descriptor.id] {
                throw ReadError(
                    "duplicate descriptor \(descriptor.id): descriptors \(first + 1) and \(index + 1) of the bundle have the same id"
                )
            }
            position[descriptor.id] = index
            descriptors.append(descriptor)
        }
        self.init(
            schemaVersion: header.schemaVersion, registryRevision: header.registryRevision, generator: header.generator,
            descriptors: descriptors)
    }
}

extension ExportedDescriptor {
    public var json: JSONValue {
        .object([
            ("id", .string(id)),
            ("kind", .string(kind)),
            ("file", .string(file)),
            ("figures", .array(figures.map(\.json))),
            ("sources", .array(sources.map(\.json))),
            ("conflicts", .array(conflicts.map(\.json))),
            ("notes", .string(notes)),
        ])
    }

    init(json: JSONValue) throws(ExportBundle.ReadError) {
        guard let id = json[member: "id"]?.bundleString, let kind = json[member: "kind"]?.bundleString else {
            throw ExportBundle.ReadError("a descriptor in the bundle has no id or kind")
        }
        guard case .array(let items)? = json[member: "figures"] else {
            throw ExportBundle.ReadError("descriptor \(id) has no figures list")
        }
        var figures: [ExportedFigure] = []
        var seen: Set<String> = []
        for item in items {
            guard let path = item[member: "path"]?.bundleString else {
                throw ExportBundle.ReadError("a figure of \(id) has no path")
            }
            guard seen.insert(path).inserted else {
                throw ExportBundle.ReadError("duplicate figure \(id) \(path): the descriptor lists it twice")
            }
            var evidence: [ExportedFigure.Evidence] = []
            if case .array(let sources)? = item[member: "sources"] {
                for source in sources {
                    evidence.append(
                        .init(
                            key: source[member: "key"]?.bundleString ?? "", url: source[member: "url"]?.bundleString ?? "",
                            tier: source[member: "tier"]?.bundleString ?? ""))
                }
            }
            figures.append(
                ExportedFigure(
                    path: path, value: (item[member: "value"] ?? .null).normalizedNumber,
                    unit: item[member: "unit"]?.bundleString, written: item[member: "written"]?.bundleString ?? "",
                    tier: item[member: "tier"]?.bundleString, sources: evidence))
        }
        var sources: [Source] = []
        if case .array(let list)? = json[member: "sources"] {
            for source in list {
                let covers: [String]
                if case .array(let paths)? = source[member: "covers"] {
                    covers = paths.compactMap(\.bundleString)
                } else {
                    covers = []
                }
                sources.append(
                    Source(
                        key: source[member: "key"]?.bundleString ?? "", title: source[member: "title"]?.bundleString,
                        url: source[member: "url"]?.bundleString ?? "",
                        tier: EvidenceTier(rawValue: source[member: "tier"]?.bundleString ?? "") ?? .thirdParty, covers: covers))
            }
        }
        self.init(
            id: id, kind: kind, file: json[member: "file"]?.bundleString ?? "", figures: figures, sources: sources, conflicts: [],
            notes: json[member: "notes"]?.bundleString)
    }
}

extension ExportedFigure {
    public var json: JSONValue {
        .object([
            ("path", .string(path)),
            ("value", value),
            ("unit", .string(unit)),
            ("written", .string(written)),
            ("tier", .string(tier)),
            (
                "sources",
                .array(sources.map { .object([("key", .string($0.key)), ("url", .string($0.url)), ("tier", .string($0.tier))]) })
            ),
        ])
    }
}

extension JSONValue {
    /// The member of an object with this key.
    subscript(member key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    /// The text of a string value.
    var bundleString: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// Whole numbers as integers, the way bundles write them, in lists too.
    var normalizedNumber: JSONValue {
        switch self {
        case .number(let value): return JSONValue.number(value as Double?)
        case .array(let items): return .array(items.map(\.normalizedNumber))
        default: return self
        }
    }
}
