import OAMCore
import OAMRegistry

/// Renders a `BundleDiff` as a changelog: one line per figure, grouped by descriptor.
enum DiffRenderer {
    static func text(_ diff: BundleDiff) -> String {
        var lines = ["registry \(diff.oldRevision) → \(diff.newRevision)"]
        var currentID: String?
        for change in diff.changes {
            switch change {
            case .descriptorAdded(let d):
                lines.append("+ \(d.id) (new \(d.kind), \(d.figureCount) figures, \(d.file))")
                currentID = nil
                continue
            case .descriptorRemoved(let d):
                lines.append("- \(d.id) (\(d.kind) removed, had \(d.figureCount) figures)")
                currentID = nil
                continue
            default:
                break
            }
            if currentID != change.id {
                lines.append(change.id)
                currentID = change.id
            }
            switch change {
            case .figureChanged(_, let old, let new):
                lines.append("  ~ \(new.path): \(old.written) → \(new.written)\(si(old, new))  \(evidence(new))")
            case .figureAdded(_, let figure):
                lines.append("  + \(figure.path): \(figure.written)  \(evidence(figure))")
            case .figureRemoved(_, let figure):
                lines.append("  - \(figure.path): \(figure.written)  (was \(evidence(figure)))")
            case .evidenceChanged(_, let old, let new):
                lines.append("  ≈ \(new.path): \(new.written), sources \(evidence(old)) → \(evidence(new))")
            case .descriptorAdded, .descriptorRemoved:
                break
            }
        }
        lines.append(summary(diff))
        return lines.joined(separator: "\n")
    }

    static func summary(_ diff: BundleDiff) -> String {
        var counts = (changed: 0, added: 0, removed: 0, evidence: 0, descriptorsAdded: 0, descriptorsRemoved: 0)
        for change in diff.changes {
            switch change {
            case .figureChanged: counts.changed += 1
            case .figureAdded: counts.added += 1
            case .figureRemoved: counts.removed += 1
            case .evidenceChanged: counts.evidence += 1
            case .descriptorAdded: counts.descriptorsAdded += 1
            case .descriptorRemoved: counts.descriptorsRemoved += 1
            }
        }
        if diff.isEmpty { return "no differences" }
        return
            "\(counts.changed) changed, \(counts.added) added, \(counts.removed) removed figures; \(counts.evidence) with new sources; \(counts.descriptorsAdded) descriptors added, \(counts.descriptorsRemoved) removed"
    }

    /// `(5300000000000 → 5400000000000 B/s)` when the written forms differ from SI.
    static func si(_ old: ExportedFigure, _ new: ExportedFigure) -> String {
        guard let unit = new.unit ?? old.unit else { return "" }
        let before = old.isKnown ? old.valueText : "unknown"
        let after = new.isKnown ? new.valueText : "unknown"
        return "  (\(before) → \(after) \(unit))"
    }

    /// `[vendor] https://…, https://…`, or `[no source]`.
    static func evidence(_ figure: ExportedFigure) -> String {
        guard !figure.sources.isEmpty else { return "[no source]" }
        return "[\(figure.tier ?? "?")] " + figure.sources.map(\.url).joined(separator: ", ")
    }

    static func json(_ diff: BundleDiff) -> JSONValue {
        .object([
            ("old_revision", .string(diff.oldRevision)),
            ("new_revision", .string(diff.newRevision)),
            ("changes", .array(diff.changes.map(json))),
        ])
    }

    static func json(_ change: BundleDiff.Change) -> JSONValue {
        switch change {
        case .descriptorAdded(let d):
            return .object([
                ("change", .string("descriptor-added")), ("id", .string(d.id)), ("kind", .string(d.kind)),
                ("file", .string(d.file)),
            ])
        case .descriptorRemoved(let d):
            return .object([
                ("change", .string("descriptor-removed")), ("id", .string(d.id)), ("kind", .string(d.kind)),
                ("file", .string(d.file)),
            ])
        case .figureAdded(let id, let figure):
            return .object([
                ("change", .string("added")), ("id", .string(id)), ("path", .string(figure.path)), ("new", figure.json),
            ])
        case .figureRemoved(let id, let figure):
            return .object([
                ("change", .string("removed")), ("id", .string(id)), ("path", .string(figure.path)), ("old", figure.json),
            ])
        case .figureChanged(let id, let old, let new):
            return .object([
                ("change", .string("changed")), ("id", .string(id)), ("path", .string(new.path)), ("old", old.json),
                ("new", new.json),
            ])
        case .evidenceChanged(let id, let old, let new):
            return .object([
                ("change", .string("sources-changed")), ("id", .string(id)), ("path", .string(new.path)), ("old", old.json),
                ("new", new.json),
            ])
        }
    }
}
