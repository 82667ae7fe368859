import ArgumentParser
import OAMRegistry

/// `oam catalog`: the registry as Markdown tables (`Docs/catalog.md`).
struct CatalogCommand: OAMSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "Print the registry as Markdown tables with evidence tiers (Docs/catalog.md).")

    @OptionGroup var registryOptions: RegistryOptions

    func execute() throws -> Int32 {
        Output.print(CatalogDocument.markdown(try registryOptions.load()), terminator: "")
        return 0
    }
}
