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
            return
                "[\(ruleID)] expected findings at \(expected.map { "\($0.line):\($0.column)" }) but found [\(foundText)] in:\n\(example)"
        }
    }

    /// Every failing example of `rule`; empty when the rule behaves as it documents.
    public static func failures(of rule: any Rule.Type) -> [Failure] {
        let description = rule.description
        var failures: [Failure] = []
        for (example, shouldTrigger) in description.valid.map({ ($0, false) }) + description.invalid.map({ ($0, true) }) {
            var files: [DescriptorFile] = []
            var expected: [Location] = []
            for exampleFile in example.files {
                let (text, markers) = RuleExample.strip(exampleFile.text)
                expected += markers.map { Location(file: exampleFile.path, position: $0) }
                files.append(DescriptorParser.parse(bytes: Array(text.utf8), path: exampleFile.path))
            }
            let found = findings(of: rule, in: Registry(files: files))
            let foundLocations = found.map { Location(file: $0.file, position: $0.range.start) }
            let ok = shouldTrigger ? foundLocations.sorted() == expected.sorted() : found.isEmpty
            if !ok {
                failures.append(
                    Failure(
                        ruleID: description.id, example: example.files.map(\.text).joined(separator: "\n---\n"),
                        expected: expected.map(\.position), found: found))
            }
        }
        return failures
    }

    /// A marker or a finding: which file, where.
    struct Location: Comparable {
        var file: String
        var position: SourceRange.Position

        static func < (lhs: Location, rhs: Location) -> Bool {
            (lhs.file, lhs.position) < (rhs.file, rhs.position)
        }
    }

    /// The findings of one rule over a registry, run as `oam validate` runs it
    /// (`Validator.validateDroppingTrees`): a rule that reads a tree after it is dropped, or
    /// reads the registry without being a `RegistryContextRule`, misses the findings that
    /// depend on what it misread.
    public static func findings(of rule: any Rule.Type, in registry: Registry) -> [Diagnostic] {
        Validator(rules: [rule.init()]).validateDroppingTrees(registry)
    }
}
