import OAMCore
import YAMLReader

/// Turns a descriptor's tree into figures, directed by the kind's schema: quantities are
/// converted to SI base units, counts and words kept as they are, lists of words kept as
/// one figure, lists of objects and mappings walked into. Vendor blocks are kept as text.
public enum FigureFlattener {
    /// Top-level keys that are not figures: identity and evidence, exported elsewhere.
    static let skipped: Set<String> = ["kind", "id", "sources", "conflicts", "notes"]

    /// The exported form of a file, or `nil` when it has no descriptor.
    public static func descriptor(_ file: DescriptorFile) -> ExportedDescriptor? {
        guard let root = file.root, let kind = file.kind, let descriptor = file.descriptor else { return nil }
        let evidence = descriptor.evidence
        var figures: [ExportedFigure] = []
        for entry in root.entries ?? [] where !skipped.contains(entry.key.text) {
            let name = entry.key.text
            if let field = kind.schema.field(name) {
                walk(entry.value, as: field.type, path: name, evidence: evidence, into: &figures)
            } else if name.hasPrefix("x-") {
                free(entry.value, path: name, evidence: evidence, into: &figures)
            }
        }
        let notes = root.entry("notes")?.value.scalar?.text
        return ExportedDescriptor(
            id: descriptor.id, kind: kind.rawValue, file: file.path, figures: figures,
            sources: evidence.sources, conflicts: evidence.conflicts, notes: notes)
    }

    static func walk(_ node: YAMLNode, as type: ValueType, path: String, evidence: Evidence, into figures: inout [ExportedFigure])
    {
        switch (type, node.content) {
        case (.orUnknown, .scalar(let scalar)) where scalar.style == .plain && scalar.text == "unknown":
            figures.append(figure(path, .null, unit: nil, written: "unknown", evidence))
        case (.orUnknown(let inner), _):
            walk(node, as: inner, path: path, evidence: evidence, into: &figures)
        case (.object(let schema), .mapping(let entries)):
            for entry in entries {
                let child = "\(path).\(entry.key.text)"
                if let field = schema.field(entry.key.text) {
                    walk(entry.value, as: field.type, path: child, evidence: evidence, into: &figures)
                } else if entry.key.text.hasPrefix("x-") {
                    free(entry.value, path: child, evidence: evidence, into: &figures)
                }
            }
        case (.map(_, let values), .mapping(let entries)):
            for entry in entries {
                walk(entry.value, as: values, path: "\(path).\(entry.key.text)", evidence: evidence, into: &figures)
            }
        case (.list(let element), .sequence(let items)):
            if isScalar(element) {
                let values = items.map { item in item.scalar.map { convert($0, as: element).value } ?? .null }
                let written = "[" + items.map { $0.scalar?.text ?? "" }.joined(separator: ", ") + "]"
                figures.append(figure(path, .array(values), unit: nil, written: written, evidence))
            } else {
                for (index, item) in items.enumerated() {
                    walk(item, as: element, path: "\(path).\(index)", evidence: evidence, into: &figures)
                }
            }
        case (_, .scalar(let scalar)):
            guard !scalar.isNull else { return }
            let converted = convert(scalar, as: type)
            figures.append(figure(path, converted.value, unit: converted.unit, written: scalar.text, evidence))
        default:
            return  // a shape the schema refuses; `oam validate` reports it
        }
    }

    /// A vendor block: every scalar as text.
    static func free(_ node: YAMLNode, path: String, evidence: Evidence, into figures: inout [ExportedFigure]) {
        switch node.content {
        case .scalar(let scalar):
            if !scalar.isNull { figures.append(figure(path, .string(scalar.text), unit: nil, written: scalar.text, evidence)) }
        case .mapping(let entries):
            for entry in entries { free(entry.value, path: "\(path).\(entry.key.text)", evidence: evidence, into: &figures) }
        case .sequence(let items):
            for (index, item) in items.enumerated() { free(item, path: "\(path).\(index)", evidence: evidence, into: &figures) }
        }
    }

    static func isScalar(_ type: ValueType) -> Bool {
        switch type {
        case .object, .map, .list: return false
        case .orUnknown(let inner): return isScalar(inner)
        default: return true
        }
    }

    /// A scalar's value for its type: SI base units for quantities.
    static func convert(_ scalar: YAMLScalar, as type: ValueType) -> (value: JSONValue, unit: String?) {
        let text = scalar.text
        switch type {
        case .orUnknown(let inner):
            if scalar.style == .plain && text == "unknown" { return (.null, nil) }
            return convert(scalar, as: inner)
        case .quantity(let dimensions):
            if case .success(let quantity) = QuantityParser.parse(text, expecting: dimensions) {
                return (JSONValue.number(quantity.value as Double?), quantity.dimension.baseSymbol)
            }
        case .integer:
            if let value = Int(text) { return (.integer(value), nil) }
        case .number:
            if let value = Double(text), value.isFinite { return (JSONValue.number(value as Double?), nil) }
        case .boolean:
            if text == "true" || text == "false" { return (.bool(text == "true"), nil) }
        default:
            break
        }
        return (.string(text), nil)
    }

    static func figure(_ path: String, _ value: JSONValue, unit: String?, written: String, _ evidence: Evidence) -> ExportedFigure
    {
        let sources = evidence.sources(covering: path)
        return ExportedFigure(
            path: path, value: value, unit: unit, written: written,
            tier: sources.map(\.tier).max()?.rawValue,
            sources: sources.map { ExportedFigure.Evidence(key: $0.key, url: $0.url, tier: $0.tier.rawValue) })
    }
}
