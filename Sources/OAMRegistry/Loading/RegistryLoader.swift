import Foundation
import OAMCore
import YAMLReader

/// Finds and loads descriptor files from folders and paths.
public struct RegistryLoader: Sendable {
    public var limits: YAMLLimits

    public init(limits: YAMLLimits = .default) {
        self.limits = limits
    }

    /// Loads every `.yaml`/`.yml` file under the given files and folders (recursively),
    /// in path order. Files are parsed on all cores; the result does not depend on timing.
    public func load(paths: [String]) -> Registry {
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
                filePaths += Self.descriptorFiles(in: path)
            } else {
                filePaths.append(path)
            }
        }
        filePaths = Array(Set(filePaths)).sorted()
        let files = loadFiles(filePaths)
        return Registry(files: files, problems: problems)
    }

    /// Parses files concurrently into slots indexed like `paths`.
    func loadFiles(_ paths: [String]) -> [DescriptorFile] {
        let limits = self.limits
        return paths.concurrentMap(serialBelow: 64) { Self.loadFile($0, limits: limits) }
    }

    /// Reads and parses one file.
    public static func loadFile(_ path: String, limits: YAMLLimits = .default) -> DescriptorFile {
        do {
            let bytes = try FileReader.read(path, maxBytes: limits.maxBytes)
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

    /// Every descriptor file below a folder, skipping hidden folders and `schema/`.
    public static func descriptorFiles(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") || relative == "schema" || relative.hasPrefix("schema/") {
                enumerator.skipDescendants()
                continue
            }
            if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                found.append(base == "." ? relative : base + "/" + relative)
            }
        }
        return found
    }
}
