import OAMCore
import OAMRegistry
import Testing

/// `control-character` finds a control by scanning a value's UTF-8 bytes rather than
/// decoding its characters; the finding must be exactly what the decoded check finds. Every
/// character from U+0001 to U+2FFF (C0, DEL, C1, the bidi controls and all their byte
/// neighbours: 0xC2 and 0xE2 lead bytes with every second byte) is written as a YAML escape
/// between text that holds an em dash (0xE2 0x80 0x94) and Chinese, in a double-quoted name,
/// after 0 to 16 more letters so that it falls at every offset of the eight-byte scan.
@Suite struct ControlCharacterScanTests {
    /// The rule's finding for a file whose name is `"a—xx…x\Uxxxxxxxx平"`, with `scalar`'s
    /// value modulo 17 letters x.
    static func finding(for scalar: Unicode.Scalar) -> Diagnostic? {
        let escape = String(scalar.value, radix: 16)
        let letters = String(repeating: "x", count: Int(scalar.value % 17))
        let text =
            "kind: accelerator\nname: \"a—" + letters + "\\U" + String(repeating: "0", count: 8 - escape.count) + escape
            + "平\"\n"
        let file = DescriptorParser.parse(bytes: Array(text.utf8), path: "x.yaml")
        let context = ValidationContext(registry: Registry(files: [file]))
        return ControlCharacterRule().check(file, in: context).first
    }

    @Test func everyCharacterUpToU2FFFIsJudgedAsDecoded() {
        var wrong: [String] = []
        for value in UInt32(1)...0x2FFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            // In a double-quoted value only the tab may stay; a line break is allowed only in
            // block scalars.
            let expected = ControlCharacters.isControl(scalar) && scalar != "\t"
            let found = Self.finding(for: scalar)
            let named = found?.message.hasSuffix("contains the control character \(ControlCharacters.name(scalar))") ?? false
            if expected != (found != nil) || (expected && !named) {
                wrong.append(ControlCharacters.name(scalar))
            }
        }
        #expect(wrong.isEmpty)
    }

    /// A line break inside a block scalar is layout, not a control; a bidi isolate written
    /// there as it is (libyaml lets it through) is one, named with its path.
    @Test func blockScalarsKeepLineBreaksButNotBidiControls() {
        let clean = "kind: accelerator\nnotes: |\n  one\n  two — 平\n"
        let cleanFile = DescriptorParser.parse(bytes: Array(clean.utf8), path: "x.yaml")
        #expect(ControlCharacterRule().check(cleanFile, in: ValidationContext(registry: Registry(files: [cleanFile]))).isEmpty)
        let isolated = "kind: accelerator\nnotes: |\n  one\n  two \u{2066}平\n"
        let file = DescriptorParser.parse(bytes: Array(isolated.utf8), path: "x.yaml")
        let findings = ControlCharacterRule().check(file, in: ValidationContext(registry: Registry(files: [file])))
        #expect(findings.map(\.message) == ["'notes' contains the control character U+2066"])
    }
}
