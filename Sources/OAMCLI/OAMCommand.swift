import ArgumentParser
import OAMHost

/// The `oam` command: an open registry of AI accelerator modules.
public struct OAMCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "oam",
        abstract: "An open registry of AI accelerator modules: validate, list and show descriptors.",
        version: HostIdentity.version,
        subcommands: [
            ValidateCommand.self, ListCommand.self, ShowCommand.self, RulesCommand.self, ImportHFCommand.self,
            AdaptersCommand.self, AdapterCommand.self, ProbeCommand.self, FitCommand.self, NewCommand.self, SchemaCommand.self,
            ExportCommand.self, DiffCommand.self, CatalogCommand.self, ServeCommand.self, SiteCommand.self,
        ])

    public init() {}
}
