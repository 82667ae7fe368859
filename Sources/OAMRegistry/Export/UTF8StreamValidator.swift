/// Checks that bytes arriving in pieces are UTF-8, keeping between pieces only the bytes of
/// a character that a piece boundary cut.
struct UTF8StreamValidator {
    private var carry: [UInt8] = []
    /// False from the first byte that cannot be UTF-8 on.
    private(set) var isValid = true

    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard isValid, !bytes.isEmpty else { return }
        var work = carry
        work.append(contentsOf: bytes)
        // The last byte that starts a character (not 10xxxxxx); what precedes it is whole
        // characters when the text is UTF-8. A character has at most three more bytes.
        var start = work.count - 1
        while start > 0, work[start] & 0xC0 == 0x80, work.count - start <= 4 { start -= 1 }
        guard work.count - start <= 4 else {
            isValid = false
            return
        }
        isValid = String(validating: work[..<start], as: UTF8.self) != nil
        carry = Array(work[start...])
    }

    /// Whether the whole text was UTF-8, the last character included.
    mutating func finish() -> Bool {
        if isValid, !carry.isEmpty { isValid = String(validating: carry, as: UTF8.self) != nil }
        carry = []
        return isValid
    }
}
