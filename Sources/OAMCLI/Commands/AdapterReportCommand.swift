import ArgumentParser
import OAMAdapterAPI
import OAMHost
import OAMQuery

/// `oam adapter report MODULE [--stack S]`: the capability report the solver would use.
struct AdapterReportCommand: OAMSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the capability report of a module from its vendor's in-tree adapter.",
        discussion:
            "Figures the adapter does not know are listed as unknown: the solver applies its conservative defaults to them.")

    @Argument(help: "A registry id or alias, e.g. amd/mi300x.")
    var module: String

    @Option(help: "Software stack version, e.g. \"ROCm 6.2\" or \"CUDA 12.4\" (default: the newest the adapter knows).")
    var stack: String?

    @OptionGroup var registryOptions: RegistryOptions

    @Option(help: "Output format: table or json.")
    var format: DataFormat = .table

    func execute() throws -> Int32 {
        let registry = try registryOptions.load()
        let accelerator = try DescriptorLookup.accelerator(module, in: registry)
        let catalog = CapabilityCatalog.builtIn
        let adapter = catalog.adapter(for: accelerator)
        guard let report = catalog.report(for: accelerator, stack: stack) else {
            Output.print("\(accelerator.id): the \(adapter.info.id) adapter knows nothing; the solver's defaults apply")
            return 0
        }
        if format == .json {
            Output.print(String(decoding: ProtocolCodec.encode(report, pretty: true), as: UTF8.self))
            return 0
        }
        Output.print(AdapterReportText.render(report, adapter: adapter.info))
        return 0
    }
}
