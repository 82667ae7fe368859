import Foundation
import OAMCore
import YAMLReader

/// Finds and loads descriptor files from folders and paths.
public struct RegistryLoader: Sendable {
    /// Reads one whole file with a size cap (`FileReader.read` unless a test counts reads).
    public typealias Reader = @Sendable (_ path: String, _ maxBytes: Int) throws(FileReader.Failure) -> [UInt8]

    public var limits: YAMLLimits
    let read: Reader

    public init(
        limits: YAMLLimits = .default,
        read: @escaping Reader = { path, maxBytes throws(FileReader.Failure) in
            try FileReader.read(path, maxBytes: maxBytes)
        }
    ) {
        self.limits = limits
        self.read = read
    }

    /// Loads every `.yaml`/`.yml` file under the given files and folders (recursively),
    /// in path order. Files are parsed on all cores; the result does not depend on timing.
    public func load(paths: [String]) -> Registry {
        load(paths: paths, inspecting: { _ in }).registry
    }

    /// `load(paths:)`, handing each file to `inspect` on the thread that parsed it, before it
    /// joins the registry: what `inspect` returns is kept beside the registry, in path order,
    /// and the file as `inspect` leaves it (its tree dropped, say) is the one the registry
    /// holds. `Validator.loadAndValidate` checks each file here and drops its tree.
    public func load<Result: Sendable>(
        paths: [String], inspecting inspect: @Sendable (inout DescriptorFile) -> Result
    ) -> (registry: Registry, results: [Result]) {
        let (filePaths, problems) = Self.descriptorFiles(under: paths)
        let inspected = loadFiles(filePaths, inspecting: inspect)
        return (Registry(files: inspected.map(\.file), problems: problems), inspected.map(\.result))
    }

    /// The files and folders a command names (`named`) and the rest of the registry at
    /// `registryPath` (`context`), for checking the named files as if added to it. A named
    /// file that lies inside the registry is read once, as the named file, and left out of
    /// `context`; every other file is read once. The context's files come without their
    /// trees (`DescriptorFile.dropTree`), each dropped as soon as it is decoded: what a file
    /// is checked against is read by the registry-wide rules and the `RegistryContextRule`s,
    /// which never read a tree.
    public func load(named paths: [String], inContextOf registryPath: String) -> (named: Registry, context: Registry) {
        let (namedPaths, problems) = Self.descriptorFiles(under: paths)
        let named = StandardizedPathSet(namedPaths)
        let (registryPaths, _) = Self.descriptorFiles(under: [registryPath])
        let contextPaths = registryPaths.filter { !named.contains($0) }
        return (
            Registry(files: loadFiles(namedPaths, inspecting: { _ in }).map(\.file), problems: problems),
            Registry(files: loadFiles(contextPaths, inspecting: { $0.dropTree() }).map(\.file))
        )
    }

    /// Every descriptor file under `paths`, deduplicated and in path order, and a problem
    /// for each path that does not exist.
    public static func descriptorFiles(under paths: [String]) -> (files: [String], problems: [Diagnostic]) {
        var problems: [Diagnostic] = []
        var filePaths: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(
                    Diagnostic(
                        severity: .error, ruleID: "file-limits", message: "no such file or folder", file: path, range: .fileStart)
                )
                continue
            }
            if isDirectory.boolValue {
                filePaths += descriptorFiles(in: path)
            } else {
                filePaths.append(path)
            }
        }
        return (Array(Set(filePaths)).sorted(), problems)
    }

    /// An absolute path (against the working folder) with `.` and `..` removed, so two
    /// spellings of one file compare equal.
    public static func standardized(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// Parses files concurrently into slots indexed like `paths`, each handed to `inspect`
    /// on the thread that parsed it.
    func loadFiles<Result: Sendable>(
        _ paths: [String], inspecting inspect: @Sendable (inout DescriptorFile) -> Result
    ) -> [(file: DescriptorFile, result: Result)] {
        let limits = self.limits
        let read = self.read
        return paths.concurrentMap(serialBelow: 64) { path in
            var file = Self.loadFile(path, limits: limits, read: read)
            let result = inspect(&file)
            return (file, result)
        }
    }

    /// Reads and parses one file.
    public static func loadFile(_ path: String, limits: YAMLLimits = .default) -> DescriptorFile {
        loadFile(path, limits: limits) { path, maxBytes throws(FileReader.Failure) in
            try FileReader.read(path, maxBytes: maxBytes)
        }
    }

    static func loadFile(_ path: String, limits: YAMLLimits, read: Reader) -> DescriptorFile {
        do {
            let bytes = try read(path, limits.maxBytes)
            return DescriptorParser.parse(bytes: bytes, path: path, limits: limits)
        } catch {
            let message: String
            switch error {
            case .tooLarge(let size): message = "file is \(size) bytes; the limit is \(limits.maxBytes) bytes"
            case .cannotOpen(let reason): message = "cannot read the file: \(reason)"
            case .notRegular: message = "not a regular file"
            }
            let diagnostic = Diagnostic(severity: .error, ruleID: "file-limits", message: message, file: path, range: .fileStart)
            return DescriptorFile(path: path, root: nil, kind: nil, descriptor: nil, loadDiagnostics: [diagnostic])
        }
    }

    /// Every descriptor file below a folder, skipping hidden entries and the top-level
    /// `schema/` (`DirectoryWalk`).
    public static func descriptorFiles(in folder: String) -> [String] {
        DirectoryWalk.descriptorFiles(in: folder)
    }
}
