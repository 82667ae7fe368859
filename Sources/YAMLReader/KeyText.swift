/// Comparing a key with a name written in ASCII without building or hashing strings.
///
/// Swift compares strings by canonical equivalence. Outside ASCII only U+212A (K),
/// U+037E (;) and U+1FEF (`) decompose to ASCII text, and every other non-ASCII character
/// keeps a non-ASCII scalar in its decomposition; so an ASCII name free of `K`, `;` and `` ` ``
/// is canonically equal to exactly one string, itself, and a key equals it exactly when
/// their UTF-8 bytes are the same.
public enum KeyText {
    /// Whether the UTF-8 bytes of `name` decide equality with any string: `name` is ASCII
    /// and holds none of `K`, `;` and `` ` ``. Then a key of another length in bytes cannot
    /// equal it, and a key of the same length equals it when the bytes are the same.
    public static func bytesDecide(_ name: String) -> Bool {
        // Read in place: walking a string's UTF-8 view byte by byte costs several times more.
        name.utf8.withContiguousStorageIfAvailable { bytesDecide($0) } ?? name.utf8.allSatisfy(bytesDecide)
    }

    /// `bytesDecide` for a name given as bytes.
    public static func bytesDecide(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy(bytesDecide)
    }

    private static func bytesDecide(_ byte: UInt8) -> Bool {
        byte < 0x80 && byte != UInt8(ascii: "K") && byte != UInt8(ascii: ";") && byte != UInt8(ascii: "`")
    }

    /// Whether `key` equals a name whose UTF-8 bytes decide equality (`bytesDecide` holds
    /// for `name`): the same count of UTF-8 bytes, and the same bytes, compared in place.
    @inline(__always)
    public static func equals(_ key: String, bytes name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard key.utf8.count == name.count else { return false }
        // An index loop: `elementsEqual` over the two buffers is not specialised and costs
        // several times more.
        return key.utf8.withContiguousStorageIfAvailable { bytes in
            for index in 0..<bytes.count where bytes[index] != name[index] { return false }
            return true
        } ?? key.utf8.elementsEqual(name)
    }
}
