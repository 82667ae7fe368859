import Foundation
import OAMRegistry
import OAMTestSupport
import Testing

/// Every rule type in `Sources/OAMRegistry/Rules/**` is listed in `BuiltInRules.all`, so a
/// rule cannot be written, pass its examples and then never run.
@Suite struct BuiltInRulesRegistrationTests {
    /// A rule type declared in a source file, and the folder it sits in.
    struct Declared: Hashable {
        var name: String
        var folder: String
    }

    static let rulesFolder = Fixtures.repositoryRoot.appendingPathComponent("Sources/OAMRegistry/Rules")

    /// Every `struct <Name>Rule: Rule` (or `: LoadTimeRule`, `: LocationRule`,
    /// `: RegistryContextRule`) under the rules folder.
    static func declaredRules() throws -> [Declared] {
        let pattern = try Regex(#"struct\s+(\w+Rule)\s*:\s*(?:LoadTimeRule|LocationRule|RegistryContextRule|Rule)\b"#)
        let enumerator = try #require(FileManager.default.enumerator(at: rulesFolder, includingPropertiesForKeys: nil))
        var declared: [Declared] = []
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            for match in text.matches(of: pattern) {
                guard let name = match.output[1].substring else { continue }
                declared.append(Declared(name: String(name), folder: url.deletingLastPathComponent().lastPathComponent))
            }
        }
        return declared
    }

    static var listedNames: [String] { BuiltInRules.all.map { String(describing: $0) } }

    @Test func everyRuleTypeIsListed() throws {
        let declared = try Self.declaredRules()
        #expect(
            declared.count >= 25,
            "found only \(declared.count) rule types under \(Self.rulesFolder.path); is the scan looking in the right place?")
        let listed = Set(Self.listedNames)
        for rule in declared where !listed.contains(rule.name) {
            Issue.record("\(rule.name) (Rules/\(rule.folder)) conforms to Rule but is not in BuiltInRules.all, so it never runs")
        }
        let declaredNames = Set(declared.map(\.name))
        for name in Self.listedNames where !declaredNames.contains(name) {
            Issue.record("\(name) is in BuiltInRules.all but no 'struct \(name): Rule' was found under Sources/OAMRegistry/Rules")
        }
    }

    @Test func eachRuleIsListedOnce() {
        let names = Self.listedNames
        #expect(
            Set(names).count == names.count,
            "duplicates: \(Dictionary(grouping: names, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted())")
    }

    @Test func thereAreAtLeast25Rules() {
        #expect(BuiltInRules.all.count >= 25)
    }

    /// The list is in documentation order: grouped by category, categories in `RuleCategory` order.
    @Test func listIsGroupedByCategoryInOrder() {
        let order = BuiltInRules.all.map { rule in RuleCategory.allCases.firstIndex(of: rule.description.category)! }
        #expect(
            order == order.sorted(),
            "BuiltInRules.all mixes categories: \(BuiltInRules.all.map { "\($0.description.id) (\($0.description.category))" })")
    }
}
