import OAMCore
import YAMLReader

/// No key or value holds a control character, however it was written.
///
/// `yaml-encoding` refuses such bytes written literally; this rule catches the ones YAML
/// escapes produce inside double-quoted scalars (`"\e[2J"`, `"\u202E"`, `"\n"`), which
/// would otherwise reach terminals, tables and reports raw. A line break is allowed only
/// in block scalars (`|`, `>`), where it is the text's own layout, and a tab anywhere.
public struct ControlCharacterRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "control-character", category: .yaml,
        summary:
            "No key or value contains a C0 or C1 control character or a bidirectional control (U+202A–U+202E, U+2066–U+2069), written literally or as an escape; tabs are allowed, line breaks only in block scalars.",
        rationale:
            "An escape such as \"\\e[2J\" or \"\\u202E\" passes the encoding check as plain ASCII and then clears a terminal, forges a diagnostic line, breaks a catalog table or makes text read differently from what it is.",
        valid: [
            RuleExample("kind: accelerator\nname: \"Ascend 910B 昇腾\"\nnotes: |\n  two\n  lines\n")
        ],
        invalid: [
            RuleExample("kind: accelerator\nname: ↓\"\\e[2Jforged\"\n"),
            RuleExample("kind: accelerator\nname: ↓\"a\\nb\"\n"),
            RuleExample("kind: accelerator\nname: ↓\"abc\\u202Edef\"\n"),
            RuleExample("kind: accelerator\n↓\"na\\x85me\": x\n"),
        ])

    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
        guard let root = file.root else { return [] }
        var walk = Walk(rule: self, file: file)
        walk.visit(root)
        return walk.findings
    }

    /// A depth-first walk of one file (as deep as the reader's `maxDepth`, 64 by default).
    /// The path to the current node is a stack of components, pushed and popped, and spelt
    /// only for a finding: a clean file costs no string and no copy of a node per entry.
    struct Walk {
        enum Component {
            case key(String)
            case index(Int)
        }

        let rule: ControlCharacterRule
        let file: DescriptorFile
        private var chain: [Component] = []
        private(set) var findings: [Diagnostic] = []

        init(rule: ControlCharacterRule, file: DescriptorFile) {
            self.rule = rule
            self.file = file
        }

        /// Findings come in the order they always did: a mapping's keys last to first, then
        /// each value's subtree in order.
        mutating func visit(_ node: YAMLNode) {
            switch node.content {
            case .scalar(let scalar):
                if let control = ControlCharacterRule.control(in: scalar) {
                    findings.append(
                        rule.finding(
                            file, SourceRange(node),
                            "'\(path)' contains the control character \(ControlCharacters.name(control))",
                            fix: "remove it; write plain text"))
                }
            case .mapping(let entries):
                for entry in entries.reversed() {
                    guard let control = ControlCharacterRule.control(in: entry.key) else { continue }
                    let path = self.path
                    findings.append(
                        rule.finding(
                            file, SourceRange(key: entry),
                            "a key in '\(path.isEmpty ? "the top level" : path)' contains the control character \(ControlCharacters.name(control))",
                            fix: "remove it; keys are plain words"))
                }
                for entry in entries {
                    chain.append(.key(entry.key.text))
                    visit(entry.value)
                    chain.removeLast()
                }
            case .sequence(let items):
                for (index, item) in items.enumerated() {
                    chain.append(.index(index))
                    visit(item)
                    chain.removeLast()
                }
            }
        }

        /// `memory.capacity`, `pci_ids.0`: spelt from the top as the walk always spelt it, a
        /// key joined with a dot unless the path so far is empty and the result escaped, an
        /// index always joined with a dot.
        var path: String {
            var path = ""
            for component in chain {
                switch component {
                case .key(let key): path = ControlCharacters.escaped(path.isEmpty ? key : "\(path).\(key)")
                case .index(let index): path = "\(path).\(index)"
                }
            }
            return path
        }
    }

    /// The first forbidden character of a scalar: tabs pass, line breaks pass in block scalars.
    static func control(in scalar: YAMLScalar) -> Unicode.Scalar? {
        let block = scalar.style == .literal || scalar.style == .folded
        if let scanned = scalar.text.utf8.withContiguousStorageIfAvailable({ firstControl(in: $0, block: block) }) {
            return scanned
        }
        return scalar.text.unicodeScalars.first { character in
            ControlCharacters.isControl(character) && character != "\t" && !(block && character == "\n")
        }
    }

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

    /// The first forbidden character in the UTF-8 bytes of a Swift string (always valid
    /// UTF-8), found without decoding the text: a C0 control or DEL is its own byte (below
    /// 0x20, 0x7F), a C1 control U+0080–U+009F is 0xC2 then 0x80–0x9F, a bidi control
    /// U+202A–U+202E is 0xE2 0x80 0xAA–0xAE and U+2066–U+2069 is 0xE2 0x81 0xA6–0xA9. Lead
    /// bytes never occur inside another character, so the first match is the first control.
    /// About one comparison a byte, where decoding cost a scalar each on every long note.
    static func firstControl(in bytes: UnsafeBufferPointer<UInt8>, block: Bool) -> Unicode.Scalar? {
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
