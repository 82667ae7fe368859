import Foundation
import OAMQuery

/// Writes a static site into a folder without overwriting anything it did not write itself.
///
/// The folder may be missing (it is created, with its parents), empty, or hold an earlier
/// site: a site's folder holds a manifest (`.oam-site`) listing the files `oam site` wrote,
/// and the next run replaces those and removes the ones the registry no longer has (a module
/// renamed or dropped), leaving any other file alone. A folder that is not empty and holds no
/// manifest is refused unless `force` is set; then same-named files are replaced and the
/// others kept. Each file is written atomically (`AtomicFile`), so a web server serving the
/// folder meanwhile sends the old page or the new one, never half of one; the manifest is
/// written first listing old and new files, so a run that fails midway leaves a folder the
/// next run still recognises and cleans.
public struct SiteDirectory: Sendable {
    /// The manifest's name in the site's folder.
    public static let manifestName = ".oam-site"

    public enum Failure: Error, CustomStringConvertible, Equatable {
        /// The output path exists and is not a folder; `kind` says what it is.
        case notFolder(String, kind: String)
        /// The folder holds files and no manifest, and `force` was not given.
        case notEmpty(String, entries: Int)
        /// A file or folder could not be written or removed, and why.
        case cannotWrite(String, reason: String)
        /// A path (of the site or of the manifest) would leave the folder or is not a plain
        /// relative path.
        case unsafePath(String, in: String)

        public var description: String {
            switch self {
            case .notFolder(let path, let kind): return "\(path) is \(kind), not a folder; name a folder for the site"
            case .notEmpty(let path, let entries):
                return
                    "\(path) is not empty (\(entries == 1 ? "1 entry" : "\(entries) entries")) and holds no earlier site (\(SiteDirectory.manifestName)); name an empty or new folder, or pass --force to write into it (files of the same name are replaced, others kept)"
            case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
            case .unsafePath(let path, let place): return "\(place): \(path) is not a relative path inside the site's folder"
            }
        }
    }

    /// What a write did.
    public struct Summary: Sendable, Equatable {
        /// Files written (the manifest not counted).
        public var files: Int
        /// Their size in bytes.
        public var bytes: Int
        /// Files of the earlier site that the new one no longer has, removed.
        public var removed: Int
    }

    /// The folder written into.
    public let folder: String
    /// The files the earlier site's manifest lists (none for a new or empty folder).
    let earlier: [String]

    /// Checks that `folder` may be written (see the type's comment), creating it when missing,
    /// before any page is rendered, so a wrong folder fails at once.
    public init(_ folder: String, force: Bool) throws(Failure) {
        self.folder = folder
        earlier = try Self.prepare(folder, force: force)
    }

    /// Writes `files` into the folder, then removes the earlier site's files that are not
    /// among them.
    public func write(_ files: [SiteFile]) throws(Failure) -> Summary {
        for file in files where !Self.isSafe(file.path) || file.path == Self.manifestName {
            throw .unsafePath(file.path, in: "the site")
        }
        let paths = files.map(\.path)
        let stale = Set(earlier).subtracting(paths).sorted()
        try Self.writeManifest(Array(Set(earlier).union(paths)).sorted(), in: folder)
        var bytes = 0
        for file in files {
            do {
                try AtomicFile.write(file.contents, to: folder + "/" + file.path, mode: .replace)
            } catch {
                throw .cannotWrite(folder + "/" + file.path, reason: error.description)
            }
            bytes += file.contents.utf8.count
        }
        for path in stale { try Self.remove(path, in: folder) }
        try Self.writeManifest(paths.sorted(), in: folder)
        return Summary(files: files.count, bytes: bytes, removed: stale.count)
    }

    /// Creates `folder` when missing and checks that it may be written; returns the files the
    /// earlier site's manifest lists.
    static func prepare(_ folder: String, force: Bool) throws(Failure) -> [String] {
        var info = stat()
        guard stat(folder, &info) == 0 else {
            guard errno == ENOENT else { throw .cannotWrite(folder, reason: String(cString: strerror(errno))) }
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw .cannotWrite(folder, reason: "cannot create the folder: \(error.localizedDescription)")
            }
            return []
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw .notFolder(folder, kind: AtomicFile.kind(of: info.st_mode) ?? "a regular file")
        }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw .cannotWrite(folder, reason: "cannot list the folder: \(error.localizedDescription)")
        }
        guard entries.contains(manifestName) else {
            if entries.isEmpty || force { return [] }
            throw .notEmpty(folder, entries: entries.count)
        }
        let manifest = folder + "/" + manifestName
        guard let text = try? String(contentsOfFile: manifest, encoding: .utf8) else {
            throw .cannotWrite(manifest, reason: "cannot read the earlier site's manifest")
        }
        let listed = text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
        for path in listed where !isSafe(path) { throw .unsafePath(path, in: manifest) }
        return listed
    }

    /// The manifest: a comment saying what it is, then one path per line.
    static func writeManifest(_ paths: [String], in folder: String) throws(Failure) {
        let text =
            "# Files written by `oam site`; the next run replaces them and removes those it no longer writes.\n"
            + paths.map { $0 + "\n" }.joined()
        do {
            try AtomicFile.write(text, to: folder + "/" + manifestName, mode: .replace)
        } catch {
            throw .cannotWrite(folder + "/" + manifestName, reason: error.description)
        }
    }

    /// Removes a file of the earlier site (already gone is fine), then the folders it leaves
    /// empty, up to the site's folder.
    static func remove(_ path: String, in folder: String) throws(Failure) {
        let full = folder + "/" + path
        if unlink(full) != 0, errno != ENOENT {
            throw .cannotWrite(full, reason: "cannot remove a page the site no longer has: \(String(cString: strerror(errno)))")
        }
        var parent = (path as NSString).deletingLastPathComponent
        while !parent.isEmpty, rmdir(folder + "/" + parent) == 0 {
            parent = (parent as NSString).deletingLastPathComponent
        }
    }

    /// A relative path of plain names: no empty, `.` or `..` segment, no leading `/`, no NUL
    /// or newline (the manifest holds one path per line).
    static func isSafe(_ path: String) -> Bool {
        !path.contains("\0") && !path.contains("\n")
            && path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
                !$0.isEmpty && $0 != "." && $0 != ".."
            }
    }
}
