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

    /// An explicit registry path (`--registry` or `$OAM_REGISTRY`) that is not a folder.
    struct Missing: Error, CustomStringConvertible {
        var path: String
        var source: String
        var description: String {
            "registry '\(path)' (from \(source)) does not exist or is not a folder"
        }
    }

    /// How a registry was found.
    enum Origin: Equatable {
        /// `--registry`.
        case option
        /// `$OAM_REGISTRY`.
        case environment
        /// `Registry/` in the working directory or a parent.
        case workingDirectory
        /// Above the running executable.
        case executable
        /// The checkout this binary was built from.
        case buildCheckout

        /// Whether the user pointed at this registry (flag, environment or where they stand),
        /// rather than it being found next to the binary.
        var isUserChosen: Bool {
            switch self {
            case .option, .environment, .workingDirectory: return true
            case .executable, .buildCheckout: return false
            }
        }
    }

    static func locate(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        try locateWithOrigin(explicit: explicit, environment: environment).path
    }

    /// The registry folder and how it was found. An explicit path that is not a folder throws `Missing`.
    static func locateWithOrigin(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> (path: String, origin: Origin)
    {
        func checked(_ path: String, source: String) throws -> String {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw Missing(path: path, source: source)
            }
            return path
        }
        if let explicit { return (try checked(explicit, source: "--registry"), .option) }
        if let fromEnvironment = environment["OAM_REGISTRY"], !fromEnvironment.isEmpty {
            return (try checked(fromEnvironment, source: "OAM_REGISTRY"), .environment)
        }
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
            if isRegistry(candidate) { return (candidate, .workingDirectory) }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { break }
            directory = parent
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var above = executable.deletingLastPathComponent()
        for _ in 0..<6 {
            for candidate in [
                above.appendingPathComponent("Registry").path, above.appendingPathComponent("share/oam/Registry").path,
            ] where isRegistry(candidate) {
                return (candidate, .executable)
            }
            above = above.deletingLastPathComponent()
        }
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Registry").path
        if isRegistry(checkout) { return (checkout, .buildCheckout) }
        throw NotFound(tried: tried)
    }
}
