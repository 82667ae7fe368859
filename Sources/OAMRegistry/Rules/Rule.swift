import OAMCore

/// A validation rule. One type per rule, each describing and testing itself through its
/// `description`.
///
/// Rules are pure: they read the file (and, a `RegistryContextRule`, the registry) and
/// return findings, never print, and never depend on the order in which other rules run.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    init()
    /// Findings about one file. Called once per loaded file. Only a `RegistryContextRule`
    /// reads `context`: `oam validate DIR` calls every other rule while files still load,
    /// with a context without files (`ValidationContext.withoutRegistry`).
    func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic]
    /// Findings that need every file at once (unique ids). Called once per run.
    func checkRegistry(_ context: ValidationContext) -> [Diagnostic]
}

extension Rule {
    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] { [] }
    public func checkRegistry(_ context: ValidationContext) -> [Diagnostic] { [] }

    /// A finding of this rule, with its id and severity.
    public func finding(_ file: DescriptorFile, _ range: SourceRange, _ message: String, fix: String? = nil) -> Diagnostic {
        Diagnostic(
            severity: Self.description.severity, ruleID: Self.description.id, message: message, file: file.path, range: range,
            fix: fix)
    }
}

/// A rule whose findings are made while reading a file (by the YAML reader or the schema
/// walker); the rule only claims them, so that they carry its description and examples.
public protocol LoadTimeRule: Rule {}

extension LoadTimeRule {
    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
        // Most files have no load-time findings at all: then no rule id is hashed.
        file.loadDiagnostics.isEmpty ? [] : file.loadDiagnosticsByRule[Self.description.id] ?? []
    }
}
