import ArgumentParser
import Foundation
import OAMCore
import OAMHost
import OAMQuery
import OAMRegistry

/// `oam validate [PATH…]`: checks descriptors against the schema and every rule.
struct ValidateCommand: OAMSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check descriptors and report problems with file, line and column.",
        discussion: """
            With no PATH, validates the shipped registry. Registry-wide rules (unique ids, \
            spec references) see every file under the registry, so a single file is checked \
            against the rest. Exit status: 0 clean, 1 findings (warnings only with --strict), \
            2 could not run, 64 usage error.
            """)

    @Argument(help: "Descriptor files or folders (default: the registry).")
    var paths: [String] = []

    @OptionGroup var registryOptions: RegistryOptions

    @Option(help: "Output format: text, json, github or sarif (default: github under GitHub Actions, else text).")
    var format: DiagnosticFormat?

    @Flag(help: "Treat warnings as failures.")
    var strict = false

    @Option(
        name: .customLong("changed-since"),
        help: ArgumentHelp(
            "Validate the descriptors changed since this git ref (merge base with HEAD; uncommitted and untracked files included), plus the registry-wide rules: the pull-request check.",
            valueName: "ref"))
    var changedSince: String?

    func validate() throws {
        if changedSince != nil && !paths.isEmpty { throw ValidationError("pass either PATH… or --changed-since REF, not both") }
    }

    func execute() throws -> Int32 {
        if let changedSince { return try validateChanges(since: changedSince) }
        if paths.isEmpty { return check([try registryOptions.location()]) }
        // A missing or descriptor-less PATH is a usage problem, not a finding.
        for path in paths {
            guard FileManager.default.fileExists(atPath: path) else {
                throw CLIError.couldNotRun("\(path): no such file or folder")
            }
        }
        let named = RegistryLoader.descriptorFiles(under: paths)
        if named.files.isEmpty && named.problems.isEmpty {
            throw CLIError.couldNotRun("no descriptor (*.yaml, *.yml) found under \(paths.joined(separator: ", "))")
        }
        guard let registryPath = try registryOptions.optionalLocation() else { return check(paths) }
        // The named files as if added to (or replacing files in) the registry, reporting only
        // on them: the check `POST /api/v1/validate` runs. A named file inside the registry is
        // read once, as the named file, and left out of the context.
        let (candidates, context) = RegistryLoader().load(named: paths, inContextOf: registryPath)
        ProcessLifetime.keep((candidates, context))
        return render(RegistryCheck.diagnostics(of: candidates, in: context), filesChecked: candidates.files.count)
    }

    /// Loads and checks every descriptor under `paths` in one pass per file.
    private func check(_ paths: [String]) -> Int32 {
        let (registry, diagnostics) = RegistryCheck.loadAndCheck(paths: paths)
        ProcessLifetime.keep(registry)
        return render(diagnostics, filesChecked: registry.files.count)
    }

    /// Prints findings in the chosen format (GitHub annotations under GitHub Actions) and
    /// returns the exit status: 1 with errors, or with warnings under --strict.
    func render(_ diagnostics: [Diagnostic], filesChecked: Int) -> Int32 {
        let chosenFormat = format ?? (ProcessInfo.processInfo.environment["GITHUB_ACTIONS"] == "true" ? .github : .text)
        let output = DiagnosticRenderer.render(diagnostics, format: chosenFormat, filesChecked: filesChecked)
        if !output.isEmpty { Output.print(output) }
        return diagnostics.contains { $0.severity == .error || strict } ? 1 : 0
    }
}
