import OAMRegistry

/// A loaded registry with every file renamed relative to the registry folder
/// (`accelerators/amd/mi300x.yaml`): the context a posted descriptor is checked in, so its
/// `RegistryPath` names the file it replaces and findings that mention another file name it
/// as `oam validate` run in the registry folder does, without the server's own paths.
public enum RelativeRegistry {
    public static func make(_ registry: Registry, root: String) -> Registry {
        let prefix = root.isEmpty || root.hasSuffix("/") ? root : root + "/"
        func relative(_ path: String) -> String {
            guard !prefix.isEmpty, path.hasPrefix(prefix) else { return path }
            return String(path.dropFirst(prefix.count))
        }
        let files = registry.files.map { file -> DescriptorFile in
            var renamed = file
            renamed.path = relative(file.path)
            renamed.loadDiagnostics = file.loadDiagnostics.map { diagnostic in
                var moved = diagnostic
                moved.file = relative(diagnostic.file)
                return moved
            }
            return renamed
        }
        return Registry(files: files, problems: [])
    }
}
