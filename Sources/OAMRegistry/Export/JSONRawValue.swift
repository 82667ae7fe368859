/// The bytes of one JSON value as they arrive, byte by byte, without parsing them: where it
/// ends is found from brackets and quotes alone (brackets inside strings, escaped quotes
/// and a string's own end included). Whether the bytes are valid JSON is for
/// `JSONTextParser` to judge once the value is whole; `JSONBundleScanner` cuts a bundle
/// into such values so that no more than one descriptor is held at a time.
struct JSONRawValue {
    /// Where a byte left the value.
    enum Step {
        /// The value goes on.
        case inside
        /// The byte ended the value and is part of it (`}`, `]`, a string's closing quote).
        case endedWith
        /// The value (a number or literal) ended before the byte, which is not part of it.
        case endedBefore
    }

    private enum Shape { case container, string, scalar }

    private(set) var bytes: [UInt8] = []
    private var shape: Shape?
    private var depth = 0
    private var inString = false
    private var escaped = false

    mutating func take(_ byte: UInt8) -> Step {
        let shape = self.shape ?? Self.shape(startingWith: byte)
        self.shape = shape
        if shape == .scalar {
            if JSONBundleScanner.isDelimiter(byte) { return .endedBefore }
            bytes.append(byte)
            return .inside
        }
        bytes.append(byte)
        if inString {
            if escaped {
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else if byte == UInt8(ascii: "\"") {
                inString = false
                if shape == .string { return .endedWith }
            }
            return .inside
        }
        switch byte {
        case UInt8(ascii: "\""): inString = true
        case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
            depth -= 1
            if depth == 0 { return .endedWith }
        default: break
        }
        return .inside
    }

    private static func shape(startingWith byte: UInt8) -> Shape {
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["): return .container
        case UInt8(ascii: "\""): return .string
        default: return .scalar
        }
    }
}
