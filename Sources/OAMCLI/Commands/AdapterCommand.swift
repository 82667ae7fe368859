import ArgumentParser

/// `oam adapter serve|check|report`: one adapter at a time.
struct AdapterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adapter",
        abstract:
            "Serve an in-tree adapter over the JSON protocol, check an adapter against its golden examples, or print a capability report.",
        subcommands: [AdapterServeCommand.self, AdapterCheckCommand.self, AdapterReportCommand.self])
}
