/// Recognises text that is not UTF-8 by its byte-order mark or its zero bytes, so the
/// reader can name the encoding instead of reporting what a mis-decoding produces
/// (libyaml decodes UTF-16 with a BOM silently; without one, the first zero byte reads as
/// a control character).
enum TextEncoding {
    /// The encoding of `bytes` when it is UTF-16 or UTF-32, e.g. "UTF-16 little-endian
    /// with a byte-order mark"; `nil` for UTF-8 (with or without its BOM) and anything else.
    static func foreignEncoding(of bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(4))
        if head.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return "UTF-32 little-endian with a byte-order mark" }
        if head.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32 big-endian with a byte-order mark" }
        if head.starts(with: [0xFF, 0xFE]) { return "UTF-16 little-endian with a byte-order mark" }
        if head.starts(with: [0xFE, 0xFF]) { return "UTF-16 big-endian with a byte-order mark" }
        // Without a BOM: ASCII text in UTF-16/32 puts zero bytes around each character.
        guard head.count == 4 else { return nil }
        let zero = head.map { $0 == 0 }
        if zero == [false, true, true, true] { return "UTF-32 little-endian" }
        if zero == [true, true, true, false] { return "UTF-32 big-endian" }
        if zero == [false, true, false, true] { return "UTF-16 little-endian" }
        if zero == [true, false, true, false] { return "UTF-16 big-endian" }
        return nil
    }
}
