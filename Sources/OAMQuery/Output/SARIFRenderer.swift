import OAMCore
import OAMRegistry

/// SARIF 2.1.0 output, with every built-in rule described in the tool component so code
/// scanning shows the rule's summary next to each result.
public enum SARIFRenderer {
    public static func render(_ diagnostics: [Diagnostic]) -> JSONValue {
        let rules = BuiltInRules.all.map { rule -> JSONValue in
            let d = rule.description
            return .object([
                ("id", .string(d.id)),
                ("shortDescription", .object([("text", .string(d.summary))])),
                ("fullDescription", .object([("text", .string(d.rationale))])),
                ("defaultConfiguration", .object([("level", .string(d.severity == .error ? "error" : "warning"))])),
            ])
        }
        let results = diagnostics.map { d -> JSONValue in
            var message = d.message
            if let fix = d.fix { message += "; \(fix)" }
            return .object([
                ("ruleId", .string(d.ruleID)),
                ("level", .string(d.severity == .error ? "error" : "warning")),
                ("message", .object([("text", .string(message))])),
                (
                    "locations",
                    .array([
                        .object([
                            (
                                "physicalLocation",
                                .object([
                                    ("artifactLocation", .object([("uri", .string(d.file))])),
                                    (
                                        "region",
                                        .object([
                                            ("startLine", .integer(d.range.start.line)),
                                            ("startColumn", .integer(d.range.start.column)),
                                            ("endLine", .integer(d.range.end.line)),
                                            ("endColumn", .integer(d.range.end.column)),
                                        ])
                                    ),
                                ])
                            )
                        ])
                    ])
                ),
            ])
        }
        return .object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            (
                "runs",
                .array([
                    .object([
                        (
                            "tool",
                            .object([
                                (
                                    "driver",
                                    .object([
                                        ("name", .string("oam")),
                                        ("rules", .array(rules)),
                                    ])
                                )
                            ])
                        ),
                        ("results", .array(results)),
                    ])
                ])
            ),
        ])
    }
}
