/// A CSV bundle that `oam diff` reads from its file in pieces instead of whole: one pass
/// keeps a summary per descriptor (`index()`), a second pass reads the figures of only the
/// descriptors whose summaries differ (`descriptors(_:checkedAgainst:)`). Memory follows
/// the number of descriptors and figure paths, not the size of the file: a 250 MB bundle
/// is never held as text.
///
/// Reads exactly as `ExportBundle(csv:)` does (`CSVRowReader`, `CSVBundleRows`) and refuses
/// the same files with the same messages, in the same order: not UTF-8, an unterminated
/// quote, no header, then the first duplicate, then a newer schema version.
public struct CSVBundleFile: Sendable {
    /// Why the file could not be read as a bundle.
    public typealias Failure = BundleFileFailure

    public var path: String
    /// The largest file read, in bytes.
    public var maxBytes: Int
    /// Bytes read at a time: the memory the text of the file takes.
    public var pieceBytes: Int

    public init(path: String, maxBytes: Int, pieceBytes: Int = 1 << 20) {
        self.path = path
        self.maxBytes = maxBytes
        self.pieceBytes = pieceBytes
    }

    /// A summary of every descriptor of the bundle.
    public func index() throws(Failure) -> BundleIndex {
        var summaries: [String: DescriptorSummary] = [:]
        let rows = try scan { descriptor, figure in summaries[descriptor.id, default: descriptor].add(figure) }
        return BundleIndex(registryRevision: rows.registryRevision, summaries: summaries)
    }

    /// The descriptors with the given ids, whole, read again from the file. Throws when one
    /// no longer matches its summary in `index`: the file changed between the two passes.
    public func descriptors(_ ids: Set<String>, checkedAgainst index: BundleIndex) throws(Failure) -> [String: ExportedDescriptor]
    {
        guard !ids.isEmpty else { return [:] }
        var found: [String: ExportedDescriptor] = [:]
        _ = try scan { descriptor, figure in
            guard ids.contains(descriptor.id) else { return }
            found[
                descriptor.id,
                default: ExportedDescriptor(id: descriptor.id, kind: descriptor.kind, file: descriptor.file, figures: [])
            ].figures.append(figure)
        }
        for id in ids where found[id].map(DescriptorSummary.init) != index.summaries[id] {
            throw .invalid(ExportBundle.ReadError("the file changed while oam diff read it (descriptor \(id)); run it again"))
        }
        return found
    }

    /// Reads the file once, handing each row's descriptor and figure to `each`; returns the
    /// rows' reader for the revision. Errors are kept until the end so that they come in
    /// the order `ExportBundle(csv:)` reports them.
    private func scan(_ each: (DescriptorSummary, ExportedFigure) -> Void) throws(Failure) -> CSVBundleRows {
        var reader = CSVRowReader()
        var utf8 = UTF8StreamValidator()
        var rows: CSVBundleRows?
        var failure: ExportBundle.ReadError?
        var sawHeader = false
        func handle(_ line: Int, _ fields: [String]) {
            guard failure == nil else { return }
            do {
                guard sawHeader else {
                    sawHeader = true
                    rows = try CSVBundleRows(header: fields)
                    return
                }
                guard let entry = try rows?.read(line: line, fields) ?? nil else { return }
                each(entry.descriptor, entry.figure)
            } catch {
                failure = error
            }
        }
        func consume(_ bytes: UnsafeBufferPointer<UInt8>) {
            utf8.feed(bytes)
            reader.feed(bytes, emit: handle)
        }
        do {
            try BundleFilePieces.forEach(path, maxBytes: maxBytes, pieceBytes: pieceBytes) { piece in
                consume(piece)
                return true
            }
        } catch {
            throw .cannotRead(error)
        }
        guard utf8.finish() else { throw .notUTF8 }
        do throws(ExportBundle.ReadError) {
            if let last = try reader.finish() { handle(last.line, last.fields) }
            if !sawHeader { _ = try CSVBundleRows(header: nil) }
            if let failure { throw failure }
            guard let rows else { throw ExportBundle.ReadError("the CSV bundle has no rows") }
            try rows.checkVersion()
            return rows
        } catch {
            throw .invalid(error)
        }
    }
}
