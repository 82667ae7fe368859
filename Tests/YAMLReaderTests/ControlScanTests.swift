import Testing

import YAMLReader

/// `ControlScan.mayHoldControl` answers false only for bytes that cannot start a control
/// character, at any place in a buffer: in its eight-byte words and in the tail after them.
@Suite struct ControlScanTests {
    static func mayHold(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer(ControlScan.mayHoldControl)
    }

    /// Every byte value at every offset of a 19-byte buffer of 'a' (two words and a tail of
    /// three): true exactly for the bytes below 0x20, DEL, 0xC2 and 0xE2.
    @Test func everyByteAtEveryOffset() {
        for value in UInt8.min...UInt8.max {
            let expected = value < 0x20 || value == 0x7F || value == 0xC2 || value == 0xE2
            for offset in 0..<19 {
                var bytes = [UInt8](repeating: 0x61, count: 19)
                bytes[offset] = value
                #expect(Self.mayHold(bytes) == expected, "byte 0x\(String(value, radix: 16)) at \(offset)")
            }
        }
    }

    /// Printable text of any script passes; each kind of control is caught.
    @Test func textOfEveryKind() {
        #expect(!Self.mayHold(Array("unknown key 'k00001' in an accelerator descriptor".utf8)))
        #expect(!Self.mayHold(Array("昇腾 910B é 😀 寒武纪思元".utf8)))
        #expect(!Self.mayHold([]))
        for control in ["\t", "\n", "\r", "\u{1B}", "\u{7F}", "\u{85}", "\u{202E}", "\u{2066}"] {
            #expect(
                Self.mayHold(Array("a long enough line of text \(control) to span words".utf8)),
                "\(control.unicodeScalars.first!.value)")
        }
    }
}
