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
        // The reader scanned every key and scalar as it made them; almost no file holds a
        // control, and then the walk (which keeps the path for its messages) is not run.
        guard let root = file.root, file.mayHoldControlCharacter else { return [] }
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
        if let scanned = scalar.text.utf8.withContiguousStorageIfAvailable({ ControlScan.firstControl(in: $0, block: block) }) {
            return scanned
        }
        return scalar.text.unicodeScalars.first { character in
            ControlCharacters.isControl(character) && character != "\t" && !(block && character == "\n")
        }
    }
}
