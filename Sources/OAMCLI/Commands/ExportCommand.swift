import ArgumentParser
import Foundation
import OAMCore
import OAMHost
import OAMQuery
import OAMRegistry

/// `oam export`: the whole registry as one versioned bundle for integrators.
struct ExportCommand: OAMSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the registry as one versioned JSON or CSV bundle, in SI units with evidence.",
        discussion: """
            The bundle holds the bundle schema version, the registry's git revision \
            ('unknown' outside a checkout, '-dirty' with uncommitted changes) and every \
            descriptor as a list of figures: dotted path, value in SI base units (B, B/s, \
            FLOP/s, OP/s, W, V, m), the value as written, the evidence tier and the sources. \
            CSV has one row per figure. A registry with validation errors is refused \
            (`oam validate` shows them). Compare two bundles with `oam diff`.
            """)

    @Option(help: "json or csv.")
    var format: ExportFormat = .json

    @Option(
        name: [.short, .long], help: ArgumentHelp("Write the bundle to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var registryOptions: RegistryOptions

    func execute() throws -> Int32 {
        let (root, registry) = try registryOptions.loadValidated(before: "exporting")
        let bundle = ExportFormat.bundle(registry, root: root)
        let text = format.render(bundle)
        if let output {
            do {
                try AtomicFile.write(text, to: output, mode: .replace)
            } catch {
                throw CLIError.couldNotRun(error.description)
            }
            Output.error(
                "wrote \(output): \(bundle.descriptors.count) descriptors, \(bundle.descriptors.map(\.figures.count).reduce(0, +)) figures, revision \(bundle.registryRevision)"
            )
        } else {
            Output.print(text, terminator: "")
        }
        return 0
    }
}
