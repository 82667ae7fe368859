import Testing
import YAMLReader

/// UTF-16 and UTF-32 files are refused by name, with or without a byte-order mark, instead
/// of being decoded silently (libyaml reads UTF-16 with a BOM) or reported as whatever
/// their zero bytes look like.
@Suite struct TextEncodingTests {
    let text = "kind: accelerator\nid: acme/x\n"

    func error(_ bytes: [UInt8]) -> YAMLError? {
        do {
            _ = try YAMLReader.parse(bytes)
            return nil
        } catch {
            return error
        }
    }

    func utf16(bigEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
    }

    func utf32(bigEndian: Bool) -> [UInt8] {
        text.unicodeScalars.flatMap { scalar -> [UInt8] in
            let v = scalar.value
            let bytes = [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF), UInt8((v >> 16) & 0xFF), UInt8(v >> 24)]
            return bigEndian ? bytes.reversed() : bytes
        }
    }

    @Test func eachForeignEncodingIsNamed() {
        let cases: [([UInt8], String)] = [
            ([0xFF, 0xFE] + utf16(bigEndian: false), "UTF-16 little-endian with a byte-order mark"),
            ([0xFE, 0xFF] + utf16(bigEndian: true), "UTF-16 big-endian with a byte-order mark"),
            (utf16(bigEndian: false), "UTF-16 little-endian"),
            (utf16(bigEndian: true), "UTF-16 big-endian"),
            ([0xFF, 0xFE, 0, 0] + utf32(bigEndian: false), "UTF-32 little-endian with a byte-order mark"),
            ([0, 0, 0xFE, 0xFF] + utf32(bigEndian: true), "UTF-32 big-endian with a byte-order mark"),
            (utf32(bigEndian: false), "UTF-32 little-endian"),
        ]
        for (bytes, name) in cases {
            let found = error(bytes)
            #expect(found?.kind == .encoding, "\(name)")
            #expect(found?.message.hasPrefix("the file is \(name); descriptors are UTF-8") == true, "\(found?.message ?? "none")")
            #expect(found?.mark == YAMLMark(line: 1, column: 1))
        }
    }

    @Test func utf8WithOrWithoutItsBOMStillReads() {
        #expect(error(Array(text.utf8)) == nil)
        #expect(error([0xEF, 0xBB, 0xBF] + Array(text.utf8)) == nil)
        #expect(error(Array("名前: 昇腾\n".utf8)) == nil)
    }
}
