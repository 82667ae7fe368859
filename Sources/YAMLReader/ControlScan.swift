/// Finds the control characters descriptors must not hold in UTF-8 text without decoding
/// it: C0 controls and DEL (a tab passes; a line break passes in block scalars), C1
/// controls U+0080–U+009F, and the bidirectional controls U+202A–U+202E and U+2066–U+2069.
///
/// The reader runs it on every key and scalar as it makes them (`YAMLDocument.
/// holdsControlCharacter`), and the `control-character` rule on the ones it reports.
public enum ControlScan {
    /// True when one of the eight bytes in `word` is below 0x20, DEL, 0xC2 or 0xE2 (the
    /// bit tricks "has less than" and "has zero byte" of Sean Anderson's Bit Twiddling Hacks:
    /// exact for the existence of such a byte).
    static func mayStartControl(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        let below0x20 = (word &- ones &* 0x20) & ~word & highs != 0
        return below0x20 || hasZeroByte(word ^ (ones &* 0x7F)) || hasZeroByte(word ^ (ones &* 0xC2))
            || hasZeroByte(word ^ (ones &* 0xE2))
    }

    /// False proves `bytes` hold no control character of any kind (C0, DEL, C1, bidi, tab and
    /// line breaks included): none of their bytes is below 0x20, DEL, or 0xC2 / 0xE2, the lead
    /// bytes of the C1 and bidi controls. True asks for an exact look. Output escaping
    /// (`ControlCharacters.escaped`) uses it to pass most text, Chinese included, untouched.
    public static func mayHoldControl(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if let base = bytes.baseAddress.map(UnsafeRawPointer.init) {
            while index + 8 <= bytes.count {
                if Self.mayStartControl(base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) { return true }
                index += 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2 { return true }
            index += 1
        }
        return false
    }

    /// The first forbidden character in the UTF-8 bytes of a Swift string (always valid
    /// UTF-8), found without decoding the text: a C0 control or DEL is its own byte (below
    /// 0x20, 0x7F), a C1 control U+0080–U+009F is 0xC2 then 0x80–0x9F, a bidi control
    /// U+202A–U+202E is 0xE2 0x80 0xAA–0xAE and U+2066–U+2069 is 0xE2 0x81 0xA6–0xA9. Lead
    /// bytes never occur inside another character, so the first match is the first control.
    /// About one comparison a byte, where decoding cost a scalar each on every long note.
    public static func firstControl(in bytes: UnsafeBufferPointer<UInt8>, block: Bool) -> Unicode.Scalar? {
        var index = 0
        // Eight bytes at a time while none of them can start a control (most of a note).
        if let base = bytes.baseAddress.map(UnsafeRawPointer.init) {
            while index + 8 <= bytes.count, !Self.mayStartControl(base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x7F {
                if byte != 0x09 && !(block && byte == 0x0A) { return Unicode.Scalar(byte) }
            } else if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
                return Unicode.Scalar(bytes[index + 1])
            } else if byte == 0xE2, index + 2 < bytes.count {
                let second = bytes[index + 1]
                let third = bytes[index + 2]
                if (second == 0x80 && (0xAA...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third)) {
                    return Unicode.Scalar(0x2000 | (UInt32(second & 0x3F) << 6) | UInt32(third & 0x3F))
                }
            }
            index += 1
        }
        return nil
    }
}
