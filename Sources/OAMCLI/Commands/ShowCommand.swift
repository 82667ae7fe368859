import ArgumentParser
import OAMCore
import OAMQuery
import OAMRegistry

/// `oam show ID-OR-ALIAS`: one descriptor with every figure and where it comes from.
struct ShowCommand: OAMSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one accelerator, model or module spec with the source of every figure.")

    @Argument(help: "An id or alias, e.g. amd/mi300x or mi300x.")
    var name: String

    @OptionGroup var registryOptions: RegistryOptions

    @Option(help: "Output format: table or json.")
    var format: DataFormat = .table

    var errorsAsJSON: Bool { format == .json }

    func execute() throws -> Int32 {
        let registry = try registryOptions.load()
        switch (try DescriptorLookup.descriptor(name, in: registry), format) {
        case (.accelerator(let a), .json): Output.print(a.json.serialized(pretty: true))
        case (.model(let m), .json): Output.print(m.json.serialized(pretty: true))
        case (.moduleSpec(let s), .json): Output.print(s.json.serialized(pretty: true))
        case (.accelerator(let a), .table): Output.print(AcceleratorSheet.render(a))
        case (.model(let m), .table): Output.print(ModelSheet.render(m))
        case (.moduleSpec(let s), .table): Output.print(ModelSheet.render(s))
        }
        return 0
    }
}
