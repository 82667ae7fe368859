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
        // Paths are spelt only for findings: each node keeps the index of its parent's path
        // step, so a clean file costs one array append per node instead of a string.
        var steps = PathSteps()
        var stack: [(node: YAMLNode, step: Int)] = [(root, PathSteps.root)]
        while let (node, step) = stack.popLast() {
            switch node.content {
            case .scalar(let scalar):
                if let control = Self.control(in: scalar) {
                    findings.append(
                        finding(
                            file, SourceRange(node),
                            "'\(steps.path(step))' contains the control character \(ControlCharacters.name(control))",
                            fix: "remove it; write plain text"))
                }
            case .mapping(let entries):
                for entry in entries.reversed() {
                    if let control = Self.control(in: entry.key) {
                        let path = steps.path(step)
                        findings.append(
                            finding(
                                file, SourceRange(key: entry),
                                "a key in '\(path.isEmpty ? "the top level" : path)' contains the control character \(ControlCharacters.name(control))",
                                fix: "remove it; keys are plain words"))
                    }
                    stack.append((entry.value, steps.append(.key(entry.key.text), after: step)))
                }
            case .sequence(let items):
                for (index, item) in items.enumerated().reversed() {
                    stack.append((item, steps.append(.index(index), after: step)))
                }
            }
        }
        return findings
    }

    /// The dotted paths of a walk as a tree of steps, spelt on demand.
    struct PathSteps {
        enum Component {
            case key(String)
            case index(Int)
        }

        /// The step of the top-level mapping, whose path is empty.
        static let root = -1
        private var steps: [(parent: Int, component: Component)] = []

        /// Adds the child `component` of the step `parent`; returns the new step.
        mutating func append(_ component: Component, after parent: Int) -> Int {
            steps.append((parent, component))
            return steps.count - 1
        }

        /// `memory.capacity`, `pci_ids.0`: spelt step by step from the top as the walk used to
        /// spell it, a key joined with a dot unless the path so far is empty and the result
        /// escaped, an index always joined with a dot.
        func path(_ step: Int) -> String {
            var chain: [Component] = []
            var current = step
            while current != Self.root {
                chain.append(steps[current].component)
                current = steps[current].parent
            }
            var path = ""
            for component in chain.reversed() {
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
        // Printable ASCII, as most values are, holds none: skip the scalar decoding.
        if scalar.text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return nil }
        let block = scalar.style == .literal || scalar.style == .folded
        return scalar.text.unicodeScalars.first { character in
            ControlCharacters.isControl(character) && character != "\t" && !(block && character == "\n")
        }
    }
}
