import OAMCore

/// What changed between two bundles, figure by figure: the changelog a data consumer
/// reads before taking a new registry revision.
///
/// Descriptors are matched by id, figures by path. A figure whose value is the same but
/// whose sources changed is listed too: a consumer weighing a figure by its evidence
/// needs to know.
public struct BundleDiff: Sendable {
    public enum Change: Sendable, Hashable {
        case descriptorAdded(DescriptorSummary)
        case descriptorRemoved(DescriptorSummary)
        case figureAdded(id: String, ExportedFigure)
        case figureRemoved(id: String, ExportedFigure)
        case figureChanged(id: String, old: ExportedFigure, new: ExportedFigure)
        /// Same value, different sources or tier.
        case evidenceChanged(id: String, old: ExportedFigure, new: ExportedFigure)

        /// The descriptor the change is about.
        public var id: String {
            switch self {
            case .descriptorAdded(let d), .descriptorRemoved(let d): return d.id
            case .figureAdded(let id, _), .figureRemoved(let id, _), .figureChanged(let id, _, _), .evidenceChanged(let id, _, _):
                return id
            }
        }
    }

    /// The registry revisions of the two bundles.
    public var oldRevision: String
    public var newRevision: String
    /// In id order; within a descriptor, in the new bundle's figure order, removals last.
    public private(set) var changes: [Change] = []

    /// The diff of two bundles held in memory.
    public init(old: ExportBundle, new: ExportBundle) {
        self.init(old: BundleIndex(old), new: BundleIndex(new), oldDetails: old.descriptorsByID, newDetails: new.descriptorsByID)
    }

    /// The diff of two indexed bundles. `oldDetails` and `newDetails` hold at least the
    /// descriptors of `BundleIndex.changedIDs(old:new:)`: descriptors whose digests are equal
    /// are unchanged, and only the others are compared figure by figure.
    public init(
        old: BundleIndex, new: BundleIndex, oldDetails: [String: ExportedDescriptor], newDetails: [String: ExportedDescriptor]
    ) {
        oldRevision = old.registryRevision
        newRevision = new.registryRevision
        for id in Set(old.summaries.keys).union(new.summaries.keys).sorted() {
            switch (old.summaries[id], new.summaries[id]) {
            case (nil, let added?):
                changes.append(.descriptorAdded(added))
            case (let removed?, nil):
                changes.append(.descriptorRemoved(removed))
            case (let before?, let after?) where before.digest != after.digest:
                if let beforeFigures = oldDetails[id], let afterFigures = newDetails[id] {
                    changes += Self.compare(beforeFigures, afterFigures)
                }
            default:
                break
            }
        }
    }

    public var isEmpty: Bool { changes.isEmpty }

    /// The diff as a reader should see it: a changed figure whose `written` text is the
    /// same on both sides (`pcie → pcie`) shows its SI values with units instead
    /// (`pcie → PCIe`, `1 B → 2 B`), since the written text hides the change. For text
    /// output only; the figures in `changes` keep what the bundles hold.
    public var readable: BundleDiff {
        var copy = self
        copy.changes = changes.map { change in
            guard case .figureChanged(let id, var old, var new) = change, old.written == new.written else { return change }
            old.written = old.siText
            new.written = new.siText
            // The SI values are now the written text; the separate SI note would repeat them.
            old.unit = nil
            new.unit = nil
            return .figureChanged(id: id, old: old, new: new)
        }
        return copy
    }

    static func compare(_ old: ExportedDescriptor, _ new: ExportedDescriptor) -> [Change] {
        var changes: [Change] = []
        let oldByPath = Dictionary(old.figures.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let newPaths = Set(new.figures.map(\.path))
        for figure in new.figures {
            guard let previous = oldByPath[figure.path] else {
                changes.append(.figureAdded(id: new.id, figure))
                continue
            }
            if previous.valueText != figure.valueText || previous.unit != figure.unit {
                changes.append(.figureChanged(id: new.id, old: previous, new: figure))
            } else if Set(previous.sources.map(\.url)) != Set(figure.sources.map(\.url)) || previous.tier != figure.tier {
                changes.append(.evidenceChanged(id: new.id, old: previous, new: figure))
            }
        }
        for figure in old.figures where !newPaths.contains(figure.path) {
            changes.append(.figureRemoved(id: old.id, figure))
        }
        return changes
    }
}
