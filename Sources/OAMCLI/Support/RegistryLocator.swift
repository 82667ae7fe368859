import Foundation

/// Finds the shipped registry without flags: from the repository, from another folder,
/// or next to an installed binary.
///
/// Order: `--registry`, then `$OAM_REGISTRY`, then `Registry/` in the working directory or
/// any parent, then `Registry/` or `share/oam/Registry/` above the executable, then the
/// checkout this binary was built from.
enum RegistryLocator {
    /// Why no registry was found, with every place that was tried.
    struct NotFound: Error, CustomStringConvertible {
        var tried: [String]
        var description: String {
            "no registry found; tried \(tried.joined(separator: ", ")). Pass --registry PATH or set OAM_REGISTRY"
        }
    }

    static func locate(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        if let explicit { return explicit }
        if let fromEnvironment = environment["OAM_REGISTRY"], !fromEnvironment.isEmpty { return fromEnvironment }
        var tried: [String] = []
        let fileManager = FileManager.default
        func isRegistry(_ path: String) -> Bool {
            tried.append(path)
            var isDirectory: ObjCBool = false
            return fileManager.fileExists(atPath: path + "/specs", isDirectory: &isDirectory) && isDirectory.boolValue
                || fileManager.fileExists(atPath: path + "/accelerators", isDirectory: &isDirectory) && isDirectory.boolValue
        }
        var directory = URL(fileURLWithPath: fileManager.currentDirectoryPath)
        for _ in 0..<8 {
            let candidate = directory.appendingPathComponent("Registry").path
            if isRegistry(candidate) { return candidate }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { break }
            directory = parent
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var above = executable.deletingLastPathComponent()
        for _ in 0..<6 {
            for candidate in [above.appendingPathComponent("Registry").path, above.appendingPathComponent("share/oam/Registry").path] where isRegistry(candidate) {
                return candidate
            }
            above = above.deletingLastPathComponent()
        }
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Registry").path
        if isRegistry(checkout) { return checkout }
        throw NotFound(tried: tried)
    }
}
