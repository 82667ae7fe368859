import ArgumentParser
import OAMRegistry

/// `oam rules`: every validation rule, or the Markdown reference `Docs/rules.md`.
struct RulesCommand: OAMSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the validation rules, or print their Markdown reference.")

    @Flag(help: "Print the Markdown reference (Docs/rules.md).")
    var markdown = false

    func execute() throws -> Int32 {
        if markdown {
            Output.print(RulesDocument.markdown(), terminator: "")
            return 0
        }
        var table = TextTable(["RULE", "SEVERITY", "CATEGORY", "SUMMARY"])
        for rule in BuiltInRules.all {
            let d = rule.description
            table.add([d.id, d.severity.rawValue, d.category.rawValue, d.summary])
        }
        Output.print(table.render())
        return 0
    }
}
