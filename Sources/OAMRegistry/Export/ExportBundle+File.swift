/// Reading a bundle file whole.
extension ExportBundle {
    /// The bundle in the file at `path` (at most `maxBytes`), read whole: JSON when its first
    /// character after a byte order mark and white space is `{`, CSV otherwise. What
    /// `JSONBundleFile` falls back to, so a file that is not a well-formed bundle is refused
    /// with the reader's own message and position.
    public init(file path: String, maxBytes: Int) throws(BundleFileFailure) {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path, maxBytes: maxBytes)
        } catch {
            throw .cannotRead(error)
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        guard let text = String(validating: body, as: UTF8.self) else { throw .notUTF8 }
        do throws(ReadError) {
            let start = text.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).first
            self = start == "{" ? try ExportBundle(json: text) : try ExportBundle(csv: text)
        } catch {
            throw .invalid(error)
        }
    }
}
