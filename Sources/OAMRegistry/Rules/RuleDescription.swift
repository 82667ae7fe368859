import OAMCore

/// Everything a rule says about itself: a stable id, severity, a one-line summary, why it
/// exists, and its examples.
public struct RuleDescription: Sendable {
    /// Stable kebab-case id printed in brackets after each finding; never reused.
    public var id: String
    public var severity: Severity
    public var category: RuleCategory
    /// One line: what the rule requires.
    public var summary: String
    /// Why the rule exists: the mistake it catches and what that mistake costs.
    public var rationale: String
    /// Snippets the rule must accept.
    public var valid: [RuleExample]
    /// Snippets the rule must flag at each `↓`.
    public var invalid: [RuleExample]

    public init(
        id: String, severity: Severity = .error, category: RuleCategory, summary: String, rationale: String, valid: [RuleExample],
        invalid: [RuleExample]
    ) {
        self.id = id
        self.severity = severity
        self.category = category
        self.summary = summary
        self.rationale = rationale
        self.valid = valid
        self.invalid = invalid
    }
}
