/// A bundle file read in pieces (`FileReader.forEachPiece`) without its UTF-8 byte order
/// mark, as the whole-file reader drops it: the first three bytes are held until they show
/// whether they are one, since a piece may be shorter than the mark. `CSVBundleFile` and
/// `JSONBundleFile` both read this way.
enum BundleFilePieces {
    /// Hands `body` the file's bytes after a leading byte order mark, in order; `body`
    /// returns false to stop.
    static func forEach(
        _ path: String, maxBytes: Int, pieceBytes: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Bool
    ) throws(FileReader.Failure) {
        var head: [UInt8]? = []
        var stopped = false
        try FileReader.forEachPiece(path, maxBytes: maxBytes, pieceBytes: pieceBytes) { piece in
            guard var first = head else {
                stopped = !body(piece)
                return !stopped
            }
            let taken = min(3 - first.count, piece.count)
            first += piece[..<taken]
            head = first.count < 3 ? first : nil
            if head == nil, first != [0xEF, 0xBB, 0xBF] { stopped = !first.withUnsafeBufferPointer(body) }
            if !stopped { stopped = !body(UnsafeBufferPointer(rebasing: piece[taken...])) }
            return !stopped
        }
        // A file of fewer than three bytes.
        if !stopped { _ = head?.withUnsafeBufferPointer(body) }
    }
}
