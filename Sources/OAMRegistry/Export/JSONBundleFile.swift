import OAMCore

/// A JSON bundle that `oam diff` reads from its file in pieces instead of whole, as
/// `CSVBundleFile` does a CSV one: one pass keeps a summary per descriptor (`read()`), a
/// second pass reads the figures of only the descriptors whose summaries differ
/// (`descriptors(_:checkedAgainst:)`). Only one descriptor's text and value are held at a
/// time, so memory follows the number of descriptors, not the size of the file.
///
/// `JSONBundleScanner` cuts the file into the top-level members and the descriptors;
/// `JSONTextParser` reads each (at its depth in the file, so the nesting limit is the
/// whole file's) and `ExportedDescriptor(json:)` and `JSONBundleHeader` check them as
/// `ExportBundle(json:)` does. When anything is wrong — not UTF-8, a structure the scanner
/// cannot cut, a value the parser refuses, a header or descriptor the bundle reader
/// refuses, a duplicate id — the file is read whole with `ExportBundle(file:maxBytes:)`, so
/// it is refused (or, for a text only the scanner cannot cut, read) exactly as before,
/// with the same message and position.
public struct JSONBundleFile: Sendable {
    /// How the file was read.
    public enum Reading: Sendable {
        /// Streamed: only the summaries are kept, and where each descriptor sits in the
        /// `descriptors` list (0-based), so the second pass parses only the ones it needs.
        case streamed(BundleIndex, positions: [String: Int])
        /// Read whole, the fallback described above.
        case whole(ExportBundle)
    }

    public var path: String
    /// The largest file read, in bytes.
    public var maxBytes: Int
    /// Bytes read at a time.
    public var pieceBytes: Int

    public init(path: String, maxBytes: Int, pieceBytes: Int = 1 << 20) {
        self.path = path
        self.maxBytes = maxBytes
        self.pieceBytes = pieceBytes
    }

    /// A summary of every descriptor, streamed; or the bundle read whole.
    public func read() throws(BundleFileFailure) -> Reading {
        var summaries: [String: DescriptorSummary] = [:]
        var positions: [String: Int] = [:]
        var duplicate = false
        let header = try scan(parsing: nil) { position, descriptor in
            summaries[descriptor.id] = DescriptorSummary(descriptor)
            duplicate = positions.updateValue(position, forKey: descriptor.id) != nil
            return !duplicate
        }
        guard let header, !duplicate else { return .whole(try ExportBundle(file: path, maxBytes: maxBytes)) }
        return .streamed(BundleIndex(registryRevision: header.registryRevision, summaries: summaries), positions: positions)
    }

    /// The descriptors with the given ids, whole, read again from the file at the
    /// `positions` the first pass found them. Throws when one is no longer there or no
    /// longer matches its summary in `index`, or the file no longer reads: it changed
    /// between the two passes.
    public func descriptors(_ ids: Set<String>, at positions: [String: Int], checkedAgainst index: BundleIndex)
        throws(BundleFileFailure) -> [String: ExportedDescriptor]
    {
        guard !ids.isEmpty else { return [:] }
        var found: [String: ExportedDescriptor] = [:]
        let wanted = Set(ids.compactMap { positions[$0] })
        let header = try scan(parsing: wanted) { _, descriptor in
            found[descriptor.id] = descriptor
            return true
        }
        let changed = header == nil || ids.contains { found[$0].map(DescriptorSummary.init) != index.summaries[$0] }
        if changed {
            throw .invalid(ExportBundle.ReadError("the file changed while oam diff read it; run it again"))
        }
        return found
    }

    /// Reads the file once, handing each descriptor and its position to `each` (which
    /// returns false to stop); parses only the descriptors at the positions in `parsing`
    /// when it is given (the others are still cut, so the structure is checked whole).
    /// Returns the header, or nil when the file must be read whole (see the type's comment).
    private func scan(parsing: Set<Int>?, _ each: (Int, ExportedDescriptor) -> Bool) throws(BundleFileFailure)
        -> JSONBundleHeader?
    {
        var scanner = JSONBundleScanner()
        var utf8 = UTF8StreamValidator()
        var members: [UInt8] = [UInt8(ascii: "{")]
        var usable = true
        var position = 0
        func handle(_ event: JSONBundleScanner.Event) {
            guard usable else { return }
            switch event {
            case .member(let key, let value):
                if members.count > 1 { members.append(UInt8(ascii: ",")) }
                members += key + [UInt8(ascii: ":")] + value
            case .descriptor(let text):
                defer { position += 1 }
                if let parsing, !parsing.contains(position) { return }
                guard let value = try? JSONTextParser.parse(String(decoding: text, as: UTF8.self), depth: 2),
                    let descriptor = try? ExportedDescriptor(json: value)
                else {
                    usable = false
                    return
                }
                usable = each(position, descriptor)
            }
        }
        do {
            try BundleFilePieces.forEach(path, maxBytes: maxBytes, pieceBytes: pieceBytes) { bytes in
                utf8.feed(bytes)
                scanner.feed(bytes, emit: handle)
                return usable && scanner.isCut && utf8.isValid
            }
        } catch {
            throw .cannotRead(error)
        }
        guard usable, utf8.finish(), scanner.finish() else { return nil }
        members.append(UInt8(ascii: "}"))
        guard let root = try? JSONTextParser.parse(String(decoding: members, as: UTF8.self)),
            root[member: "descriptors"] == nil
        else { return nil }
        return try? JSONBundleHeader(root)
    }
}
