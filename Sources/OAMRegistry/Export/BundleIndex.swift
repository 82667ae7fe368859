/// What `oam diff` keeps of a whole bundle: its revision and a summary per descriptor id,
/// so two bundles of hundreds of megabytes compare in memory proportional to their
/// descriptors, not their figures.
public struct BundleIndex: Sendable {
    /// The git commit the bundle's registry was read from, or `unknown`.
    public var registryRevision: String
    /// By id; the first descriptor of an id when there are several (see `duplicateIDs`).
    public var summaries: [String: DescriptorSummary]
    /// Ids held by more than one descriptor, each with its files, in id order.
    public var duplicateIDs: [(id: String, files: [String])]

    public init(
        registryRevision: String, summaries: [String: DescriptorSummary], duplicateIDs: [(id: String, files: [String])] = []
    ) {
        self.registryRevision = registryRevision
        self.summaries = summaries
        self.duplicateIDs = duplicateIDs
    }

    /// The index of a bundle held in memory.
    public init(_ bundle: ExportBundle) {
        self.init(
            registryRevision: bundle.registryRevision,
            summaries: bundle.descriptorsByID.mapValues(DescriptorSummary.init),
            duplicateIDs: bundle.duplicateIDs)
    }

    /// Ids in both indexes whose figures differ: the only descriptors whose figures a diff
    /// needs.
    public static func changedIDs(old: BundleIndex, new: BundleIndex) -> Set<String> {
        var ids: Set<String> = []
        for (id, before) in old.summaries {
            if let after = new.summaries[id], after.digest != before.digest { ids.insert(id) }
        }
        return ids
    }
}
