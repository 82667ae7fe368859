/// Splitting text on ASCII separator characters, as `split(omittingEmptySubsequences:
/// whereSeparator:)` on characters does, but over bytes when the text is ASCII.
///
/// Paths and ids are split for every file of a registry; splitting by character costs a
/// grapheme break check per character. In ASCII text every byte is one character, so the
/// byte split is the same split. Any other text is split by character: a separator
/// followed by a combining mark is one character and no separator.
public enum TextSplit {
    /// The pieces of `text` between bytes in `separators` (ASCII characters).
    public static func split(_ text: String, on separators: [UInt8], omittingEmpty: Bool = true) -> [String] {
        let isSeparator: (UInt8) -> Bool = { separators.contains($0) }
        if let pieces = text.utf8.withContiguousStorageIfAvailable({ bytes -> [String]? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return bytes.split(omittingEmptySubsequences: omittingEmpty, whereSeparator: isSeparator).map {
                String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self)
            }
        }), let pieces {
            return pieces
        }
        return text.split(omittingEmptySubsequences: omittingEmpty) { character in
            character.unicodeScalars.count == 1
                && character.unicodeScalars.first.map { $0.isASCII && isSeparator(UInt8($0.value)) } == true
        }.map(String.init)
    }
}
