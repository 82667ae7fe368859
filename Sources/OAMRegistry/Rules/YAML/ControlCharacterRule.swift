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
        var findings: [Diagnostic] = []
        var stack: [(node: YAMLNode, path: String)] = [(root, "")]
        while let (node, path) = stack.popLast() {
            switch node.content {
            case .scalar(let scalar):
                if let control = Self.control(in: scalar) {
                    findings.append(
                        finding(
                            file, SourceRange(node),
                            "'\(path)' contains the control character \(ControlCharacters.name(control))",
                            fix: "remove it; write plain text"))
                }
            case .mapping(let entries):
                for entry in entries.reversed() {
                    let childPath = path.isEmpty ? entry.key.text : "\(path).\(entry.key.text)"
                    if let control = Self.control(in: entry.key) {
                        findings.append(
                            finding(
                                file, SourceRange(key: entry),
                                "a key in '\(path.isEmpty ? "the top level" : path)' contains the control character \(ControlCharacters.name(control))",
                                fix: "remove it; keys are plain words"))
                    }
                    stack.append((entry.value, ControlCharacters.escaped(childPath)))
                }
            case .sequence(let items):
                for (index, item) in items.enumerated().reversed() { stack.append((item, "\(path).\(index)")) }
            }
        }
        return findings
    }

    /// The first forbidden character of a scalar: tabs pass, line breaks pass in block scalars.
    static func control(in scalar: YAMLScalar) -> Unicode.Scalar? {
        let block = scalar.style == .literal || scalar.style == .folded
        return scalar.text.unicodeScalars.first { character in
            ControlCharacters.isControl(character) && character != "\t" && !(block && character == "\n")
        }
    }
}
