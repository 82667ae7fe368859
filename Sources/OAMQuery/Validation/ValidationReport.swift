import OAMCore
import OAMRegistry

/// What checking one posted descriptor found: the findings `oam validate` reports for the
/// file, which rules were skipped because no path was given, and, when the YAML reader
/// refused the text, that one refusal (a bad request over HTTP, not a validation result).
public struct ValidationReport: Sendable {
    /// The name the findings carry: the registry path, or `PostedDescriptor.unnamedFile`.
    public var file: String
    public var path: RegistryPath?
    public var diagnostics: [Diagnostic]
    /// Ids of the rules not run (`path-matches-id` without a path), empty with a path.
    public var skippedRules: [String]
    /// Set when the text could not be read as YAML; then it is the only finding.
    public var unreadable: Diagnostic?

    public init(file: String, path: RegistryPath?, diagnostics: [Diagnostic], skippedRules: [String], unreadable: Diagnostic?) {
        self.file = file
        self.path = path
        self.diagnostics = diagnostics
        self.skippedRules = skippedRules
        self.unreadable = unreadable
    }

    /// `oam validate --format json`'s document for the file, then `location`: the path the
    /// file was checked at (`null` without one) and the rules skipped for lack of it.
    public var json: JSONValue {
        .object(DiagnosticRenderer.documentMembers(diagnostics, filesChecked: 1) + [("location", location)])
    }

    /// `oam validate --format sarif`'s log for the file, with `location` in the run's properties.
    public var sarif: JSONValue {
        SARIFRenderer.render(CappedDiagnostics(diagnostics), properties: [("location", location)])
    }

    var location: JSONValue {
        .object([
            ("path", path.map { .string($0.text) } ?? .null),
            ("skipped_rules", .array(skippedRules.map(JSONValue.string))),
        ])
    }

    /// The refusal as the API's error: the reader's message with its rule, at its position.
    public var unreadableError: QueryError? {
        unreadable.map { d in
            .invalidDocument(
                "\(d.message) [\(d.ruleID)]; the descriptor cannot be read as YAML", line: d.range.start.line,
                column: d.range.start.column)
        }
    }
}
