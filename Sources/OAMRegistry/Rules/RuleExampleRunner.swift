import OAMCore

/// Runs a rule's examples: valid ones must produce no finding of the rule, invalid ones
/// exactly one finding at each `↓`. Used by the test suite and by `oam rules --check`.
public enum RuleExampleRunner {
    /// A mismatch between what an example expects and what the rule found.
    public struct Failure: Sendable, CustomStringConvertible {
        public var ruleID: String
        public var example: String
        public var expected: [SourceRange.Position]
        public var found: [Diagnostic]

        public var description: String {
            let foundText = found.map { "\($0.range.start.line):\($0.range.start.column) \($0.message)" }.joined(separator: "; ")
            return "[\(ruleID)] expected findings at \(expected.map { "\($0.line):\($0.column)" }) but found [\(foundText)] in:\n\(example)"
        }
    }

    /// Every failing example of `rule`; empty when the rule behaves as it documents.
    public static func failures(of rule: any Rule.Type) -> [Failure] {
        let description = rule.description
        var failures: [Failure] = []
        for (example, shouldTrigger) in description.valid.map({ ($0, false) }) + description.invalid.map({ ($0, true) }) {
            var files: [DescriptorFile] = []
            var expected: [SourceRange.Position] = []
            var markedPath: String?
            for exampleFile in example.files {
                let (text, markers) = RuleExample.strip(exampleFile.text)
                if !markers.isEmpty {
                    expected += markers
                    markedPath = exampleFile.path
                }
                files.append(DescriptorParser.parse(bytes: Array(text.utf8), path: exampleFile.path))
            }
            let registry = Registry(files: files)
            let found = findings(of: rule, in: registry)
            let positions = found.filter { $0.file == (markedPath ?? $0.file) }.map(\.range.start).sorted()
            let ok = shouldTrigger ? (positions == expected.sorted() && found.count == expected.count) : found.isEmpty
            if !ok {
                failures.append(Failure(ruleID: description.id, example: example.files.map(\.text).joined(separator: "\n---\n"), expected: expected, found: found))
            }
        }
        return failures
    }

    /// The findings of one rule over a registry.
    public static func findings(of rule: any Rule.Type, in registry: Registry) -> [Diagnostic] {
        Validator(rules: [rule.init()]).validate(registry)
    }
}
