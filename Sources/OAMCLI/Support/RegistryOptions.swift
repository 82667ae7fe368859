import ArgumentParser
import OAMCore
import OAMQuery
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

    /// The registry folder and the registry loaded from it, or exit 2 after printing its
    /// validation errors (the first 20): a bundle or a site is only made from a registry that
    /// validates. `purpose` names the work in the message (`exporting`).
    func loadValidated(before purpose: String) throws -> (root: String, registry: Registry) {
        let root = try location()
        let registry = RegistryLoader().load(paths: [root])
        let errors = RegistryCheck.diagnostics(registry).filter { $0.severity == .error }
        if !errors.isEmpty {
            for diagnostic in errors.prefix(20) { Output.error(diagnostic.formatted) }
            throw CLIError.couldNotRun(
                "the registry has \(errors.count) validation error\(errors.count == 1 ? "" : "s"); fix them before \(purpose) (`oam validate`)"
            )
        }
        return (root, registry)
    }
}
