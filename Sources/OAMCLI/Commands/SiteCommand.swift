import ArgumentParser
import Foundation
import OAMPages
import OAMRegistry

/// `oam site --output DIR`: the read-only web pages as a static site (Docs/web.md).
struct SiteCommand: OAMSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Write the read-only web pages as a static site with relative links, in English and Chinese.",
        discussion: """
            Writes the catalog, one catalog page per vendor, every module, model and spec page, \
            and the fit matrix (every registry model on every module at the default workload, one \
            answer page per model) into DIR (English) and DIR/zh/ (Chinese), with the stylesheet \
            and favicon: every link is relative and nothing is loaded from another host, so the \
            folder can be published by any static host or opened from disk. DIR may be new, \
            empty, or an earlier site (it holds a .oam-site manifest: the files it lists are \
            replaced or removed, nothing else is touched); any other folder is refused unless \
            --force is given. A registry with validation errors is refused (`oam validate` \
            shows them). Search, filters, compare, the fit form and validate need `oam serve`.
            """)

    @Option(name: [.short, .long], help: ArgumentHelp("Folder to write the site into.", valueName: "dir"))
    var output: String

    @Flag(help: "Write into a folder that is not empty and holds no earlier site (same-named files are replaced).")
    var force = false

    @OptionGroup var registryOptions: RegistryOptions

    func validate() throws {
        guard !output.isEmpty else { throw ValidationError("--output must name a folder") }
    }

    func execute() throws -> Int32 {
        let start = Date()
        let (root, registry) = try registryOptions.loadValidated(before: "writing the site")
        let summary: SiteDirectory.Summary
        do {
            let folder = try SiteDirectory(output, force: force)
            let files = try StaticSite.files(registry: registry, revision: GitChanges.revision(of: root))
            summary = try folder.write(files)
        } catch let error as SiteDirectory.Failure {
            throw CLIError.couldNotRun(error.description)
        }
        let removed = summary.removed == 0 ? "" : ", removed \(summary.removed) the registry no longer has"
        Output.error(
            "wrote \(output): \(summary.files) files, \(summary.bytes / 1024) KiB\(removed), in \(String(format: "%.1f", Date().timeIntervalSince(start))) s"
        )
        return 0
    }
}
