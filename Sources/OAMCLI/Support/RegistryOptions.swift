import ArgumentParser
import OAMRegistry

/// `--registry PATH`, shared by every command that reads the registry.
struct RegistryOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("Registry folder (default: $OAM_REGISTRY, else the shipped Registry/).", valueName: "path"))
    var registry: String?

    /// The registry folder, or exit 2 with every place tried.
    func location() throws -> String {
        do {
            return try RegistryLocator.locate(explicit: registry)
        } catch {
            throw CLIError.couldNotRun("\(error)")
        }
    }

    /// The registry folder, or `nil` when none was found by searching; an explicit
    /// `--registry` or `$OAM_REGISTRY` that does not exist still exits 2.
    func optionalLocation() throws -> String? {
        do {
            return try RegistryLocator.locate(explicit: registry)
        } catch let missing as RegistryLocator.Missing {
            throw CLIError.couldNotRun("\(missing)")
        } catch {
            return nil
        }
    }

    /// Loads the registry.
    func load() throws -> Registry {
        RegistryLoader().load(paths: [try location()])
    }
}
