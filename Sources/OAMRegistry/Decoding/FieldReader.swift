import OAMCore
import YAMLReader

/// Reads typed values out of a descriptor tree by dotted path, leniently: a value that is
/// absent or malformed reads as `nil` (the schema walker has already reported it), and
/// `unknown` reads as a figure without a value.
struct FieldReader {
    let root: YAMLNode
    /// The quantities the schema walker parsed in this tree.
    let quantities: ParsedQuantities

    func node(_ path: String) -> YAMLNode? {
        root.node(at: path)
    }

    func text(_ path: String) -> String? {
        guard let scalar = node(path)?.scalar, !scalar.isNull else { return nil }
        return scalar.text
    }

    /// Text that is not the word `unknown`.
    func knownText(_ path: String) -> String? {
        guard let node = node(path), let scalar = node.scalar, !scalar.isNull, !Self.isUnknown(scalar) else { return nil }
        return scalar.text
    }

    func texts(_ path: String) -> [String] {
        Self.scalarTexts(node(path)?.items ?? [])
    }

    func bool(_ path: String) -> Bool? {
        switch text(path) {
        case "true": return true
        case "false": return false
        default: return nil
        }
    }

    func int(_ path: String) -> Int? {
        text(path).flatMap { Int($0) }
    }

    func figure<Value>(_ path: String, parse: (String) -> Value?) -> Figure<Value>? {
        figure(at: node(path), path: path, parse: parse)
    }

    /// The figure held by `node`, which lies at `path` (a caller that has the node already
    /// saves looking the path up again).
    func figure<Value>(at node: YAMLNode?, path: String, parse: (String) -> Value?) -> Figure<Value>? {
        guard let node, let scalar = node.scalar, !scalar.isNull else { return nil }
        let range = SourceRange(node)
        if Self.isUnknown(scalar) { return Figure(nil, path: path, range: range) }
        guard let value = parse(scalar.text) else { return nil }
        return Figure(value, path: path, range: range)
    }

    func quantity(_ path: String, _ dimensions: [Dimension]) -> Figure<Quantity>? {
        quantity(at: node(path), path: path, dimensions)
    }

    func quantity(at node: YAMLNode?, path: String, _ dimensions: [Dimension]) -> Figure<Quantity>? {
        guard let node else { return nil }
        return figure(at: node, path: path) { quantities.quantity($0, at: node.start, expecting: dimensions) }
    }

    func intFigure(_ path: String) -> Figure<Int>? {
        figure(path) { Int($0) }
    }

    func textFigure(_ path: String) -> Figure<String>? {
        figure(path) { $0 }
    }

    /// A mapping from precision name to throughput figure.
    func peaks(_ path: String) -> [Precision: Figure<Quantity>] {
        let entries = node(path)?.entries ?? []
        var peaks: [Precision: Figure<Quantity>] = [:]
        peaks.reserveCapacity(entries.count)
        for entry in entries {
            guard let precision = Precision(rawValue: entry.key.text) else { continue }
            // The entry's value is the node at `path.precision` (keys are unique).
            let figurePath = "\(path).\(entry.key.text)"
            if let figure = quantity(at: entry.value, path: figurePath, [precision.throughputDimension]) {
                peaks[precision] = figure
            } else if let figure = quantity(at: entry.value, path: figurePath, [.flops, .ops]) {
                // Wrong dimension for the precision: keep the figure so range rules can
                // still see it; `integer-precision-units` reports the unit.
                peaks[precision] = figure
            }
        }
        return peaks
    }

    /// `sources:` and `conflicts:`, read by walking the two mappings once.
    func evidence() -> Evidence {
        let sourceEntries = node("sources")?.entries ?? []
        var sources: [Source] = []
        sources.reserveCapacity(sourceEntries.count)
        for entry in sourceEntries {
            let source = entry.value
            // A source with a malformed URL or tier still covers its paths, so one typo in
            // a tier is reported once (by the schema) instead of once per figure; it counts
            // as the weakest tier until fixed.
            let url = source["url"]?.scalar?.text ?? ""
            let tier = source["tier"]?.scalar.flatMap { EvidenceTier(rawValue: $0.text) } ?? .thirdParty
            sources.append(
                Source(
                    key: entry.key.text, title: source["title"]?.scalar?.text, url: url, tier: tier,
                    covers: Self.scalarTexts(source["covers"]?.items ?? [])))
        }
        var conflicts: [Conflict] = []
        for conflict in node("conflicts")?.items ?? [] {
            guard let field = conflict["field"]?.scalar?.text else { continue }
            let alternatives = (conflict["alternatives"]?.items ?? []).compactMap { item -> Conflict.Alternative? in
                guard let value = item["value"]?.scalar?.text, let source = item["source"]?.scalar?.text else { return nil }
                return Conflict.Alternative(value: value, source: source)
            }
            conflicts.append(
                Conflict(
                    field: field, chosen: conflict["chosen"]?.scalar?.text ?? "", alternatives: alternatives,
                    reason: conflict["reason"]?.scalar?.text ?? ""))
        }
        return Evidence(sources: sources, conflicts: conflicts)
    }

    /// The texts of the scalar items of a list, in an array made at its final size (a
    /// `compactMap` grows it by doubling).
    static func scalarTexts(_ items: [YAMLNode]) -> [String] {
        var texts: [String] = []
        texts.reserveCapacity(items.count)
        for item in items {
            if case .scalar(let scalar) = item.content { texts.append(scalar.text) }
        }
        return texts
    }

    static func isUnknown(_ scalar: YAMLScalar) -> Bool {
        scalar.style == .plain && scalar.text == "unknown"
    }
}
