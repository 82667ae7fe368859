import OAMRegistry
import Testing

/// Runs every example of every built-in rule: the rules document and test themselves.
@Suite struct RuleExampleTests {
    static let ruleIDs = BuiltInRules.all.map { $0.description.id }

    @Test(arguments: ruleIDs)
    func examplesBehaveAsDocumented(ruleID: String) throws {
        let rule = try #require(BuiltInRules.rule(id: ruleID))
        #expect(!rule.description.invalid.isEmpty, "every rule shows at least one invalid example")
        #expect(!rule.description.valid.isEmpty, "every rule shows at least one valid example")
        for failure in RuleExampleRunner.failures(of: rule) {
            Issue.record("\(failure)")
        }
    }

    @Test func ruleIDsAreUniqueAndKebabCase() {
        #expect(Set(Self.ruleIDs).count == Self.ruleIDs.count)
        for id in Self.ruleIDs {
            #expect(id.allSatisfy { $0.isLowercase || $0 == "-" || $0.isNumber }, "\(id)")
        }
    }
}
