import Foundation
import OAMCore
import OAMHost
import OAMQuery
import OAMRegistry

/// `oam validate --changed-since REF`: the pull-request check. Validates the descriptors
/// changed since the merge base of REF and HEAD (committed, uncommitted and untracked),
/// in the context of the whole registry, plus the registry-wide rules.
extension ValidateCommand {
    func validateChanges(since ref: String) throws -> Int32 {
        let registryPath = Self.canonical(try registryOptions.location())
        let changed: [String]
        do {
            changed = try GitChanges.changedFiles(since: ref, in: registryPath)
        } catch {
            throw CLIError.couldNotRun("\(error)")
        }
        let schemaFolder = registryPath + "/schema/"
        let changedDescriptors = Set(
            changed.map(Self.canonicalFile).filter { path in
                path.hasPrefix(registryPath + "/") && !path.hasPrefix(schemaFolder)
                    && (path.hasSuffix(".yaml") || path.hasSuffix(".yml"))
            })
        let registry = RegistryLoader().load(paths: [registryPath])
        let changedPaths = Set(registry.files.map(\.path).filter { changedDescriptors.contains(Self.canonicalFile($0)) })
        if changedPaths.isEmpty {
            Output.error("no descriptor under \(registryPath) changed since \(ref); running the registry-wide rules only")
        }
        let rules = RegistryCheck.rules
        let here = Self.canonical(FileManager.default.currentDirectoryPath) + "/"
        let diagnostics = Validator(rules: rules).validate(registry, changed: changedPaths).map { diagnostic -> Diagnostic in
            // Paths relative to the working directory, as GitHub annotations expect them.
            var relative = diagnostic
            let file = Self.canonicalFile(diagnostic.file)
            if file.hasPrefix(here) { relative.file = String(file.dropFirst(here.count)) }
            return relative
        }
        return render(diagnostics, filesChecked: changedPaths.count)
    }

    /// An absolute path with `.`, `..` and symbolic links resolved, as git prints paths.
    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// A file's path with its folder made `canonical` but its own name kept: git lists a
    /// descriptor that is a symbolic link by the link's name, so resolving the link would
    /// lose it (the target has another name, or lies outside the registry).
    static func canonicalFile(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        return canonical(url.deletingLastPathComponent().path) + "/" + url.lastPathComponent
    }
}
