import Foundation

/// Writes a whole file so that readers see the old contents or the new, never half a file:
/// the text goes to a uniquely named temporary file in the target's folder (same file
/// system), is flushed to disk, and is then renamed over the target (`.replace`) or
/// hard-linked into place (`.createOnly`: `link(2)` fails when the target exists, even if
/// it appeared a moment ago, so an existing file is never overwritten).
///
/// Replacing writes through symbolic links to the file they name (the link stays a link),
/// gives the new file the mode of the one it replaces, and refuses a target that is not a
/// regular file — a folder, a FIFO, a socket or a device — instead of putting a regular
/// file in its place.
///
/// It lives in OAMQuery, with the other things every front end shares, because the command
/// line and the static-site writer (`OAMPages`'s `SiteDirectory`) both write files with it.
public enum AtomicFile {
    public enum Mode: Sendable {
        /// Refuse when the target exists.
        case createOnly
        /// Replace the target when it exists.
        case replace
    }

    public enum Failure: Error, CustomStringConvertible, Equatable {
        /// `.createOnly` and the target exists.
        case exists(String)
        /// The file could not be written, and why.
        case cannotWrite(String, reason: String)
        /// The target exists and is not a regular file; `kind` says what it is.
        case notRegular(String, kind: String)

        public var description: String {
            switch self {
            case .exists(let path): return "\(path) already exists"
            case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
            case .notRegular(let path, let kind):
                return "\(path) is \(kind), not a regular file; name a regular file to write"
            }
        }
    }

    public static func write(_ text: String, to named: String, mode: Mode) throws(Failure) {
        let fileManager = FileManager.default
        var info = stat()
        if mode == .createOnly, lstat(named, &info) == 0 { throw .exists(named) }
        let path = try resolveLinks(named)
        var keptMode: mode_t?
        if stat(path, &info) == 0 {
            if let kind = kind(of: info.st_mode) { throw .notRegular(named, kind: kind) }
            keptMode = info.st_mode & 0o7777
        }
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        do {
            try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path, reason: "cannot create \(folder.path): \(error.localizedDescription)")
        }
        let (temporary, descriptor) = try openTemporary(in: folder, for: target.lastPathComponent, path: path)
        defer { unlink(temporary) }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw .cannotWrite(path, reason: reason)
            }
            written += count
        }
        if let keptMode, fchmod(descriptor, keptMode) != 0 {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw .cannotWrite(path, reason: "cannot keep the mode of the file it replaces: \(reason)")
        }
        // Flush before the rename or link, so a crash cannot leave an empty file in place.
        if fsync(descriptor) != 0 {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw .cannotWrite(path, reason: reason)
        }
        close(descriptor)
        switch mode {
        case .replace:
            guard rename(temporary, path) == 0 else { throw .cannotWrite(path, reason: String(cString: strerror(errno))) }
        case .createOnly:
            guard link(temporary, path) == 0 else {
                if errno == EEXIST { throw .exists(path) }
                throw .cannotWrite(path, reason: String(cString: strerror(errno)))
            }
        }
    }

    /// `path` with symbolic links followed to the file they name, which may not exist yet
    /// (a dangling link is written through, like `open(2)` with `O_CREAT` would); at most 40
    /// links, as the kernel allows.
    static func resolveLinks(_ path: String) throws(Failure) -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count >= 0 else {
                throw .cannotWrite(path, reason: "cannot read the link: \(String(cString: strerror(errno)))")
            }
            let destination = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current =
                destination.hasPrefix("/")
                ? destination : URL(fileURLWithPath: current).deletingLastPathComponent().appendingPathComponent(destination).path
        }
        throw .cannotWrite(path, reason: "too many levels of symbolic links")
    }

    /// What a file of `mode` is when it is not a regular file (`nil` when it is).
    public static func kind(of mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a FIFO"
        case S_IFSOCK: return "a socket"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        default: return "not a regular file"
        }
    }

    /// A new file `.<name>.<pid>.<random>.tmp` in `folder`, created exclusively (mode 0644
    /// before the umask), and its open descriptor.
    private static func openTemporary(in folder: URL, for name: String, path: String) throws(Failure) -> (String, Int32) {
        for _ in 0..<16 {
            let candidate = folder.appendingPathComponent(
                ".\(name).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp"
            ).path
            let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if descriptor >= 0 { return (candidate, descriptor) }
            if errno != EEXIST {
                throw .cannotWrite(
                    path, reason: "cannot create a temporary file in \(folder.path): \(String(cString: strerror(errno)))")
            }
        }
        throw .cannotWrite(path, reason: "cannot create a temporary file in \(folder.path)")
    }
}
