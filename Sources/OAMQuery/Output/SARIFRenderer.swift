import OAMCore
import OAMRegistry

/// SARIF 2.1.0 output, with every built-in rule described in the tool component so code
/// scanning shows the rule's summary next to each result. Columns count Unicode code points
/// (as the YAML reader does), file names are percent-encoded URI references (a file named
/// `a b#.yaml` is `a%20b%23.yaml`), and the findings left out by the caps are counted in
/// the run's properties.
public enum SARIFRenderer {
    public static func render(_ diagnostics: [Diagnostic]) -> JSONValue {
        render(CappedDiagnostics(diagnostics, perFile: .max, perRun: .max))
    }

    /// `properties` are added to the run's properties (what a check skipped, say).
    public static func render(_ capped: CappedDiagnostics, properties: [(String, JSONValue)] = []) -> JSONValue {
        let diagnostics = capped.shown
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
                                    ("artifactLocation", .object([("uri", .string(uri(d.file)))])),
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
                        ("columnKind", .string("unicodeCodePoints")),
                        ("results", .array(results)),
                        (
                            "properties",
                            .object(
                                [
                                    ("omittedResults", .integer(capped.omitted)),
                                    ("maxResultsPerFile", .integer(CappedDiagnostics.perFile)),
                                    ("maxResultsPerRun", .integer(CappedDiagnostics.perRun)),
                                ] + properties)
                        ),
                    ])
                ])
            ),
        ])
    }

    /// `path` as a URI reference: every byte of its UTF-8 outside RFC 3986's unreserved
    /// characters and `/` percent-encoded, so spaces, `#`, `?` and `%` in file names cannot
    /// change what the reference points at.
    public static func uri(_ path: String) -> String {
        var text = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                text.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                text += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return text
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
