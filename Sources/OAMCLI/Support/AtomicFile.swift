import Foundation

/// Writes a whole file so that readers see the old contents or the new, never half a file:
/// the text goes to a uniquely named temporary file in the target's folder (same file
/// system), is flushed to disk, and is then renamed over the target (`.replace`) or
/// hard-linked into place (`.createOnly`: `link(2)` fails when the target exists, even if
/// it appeared a moment ago, so an existing file is never overwritten).
enum AtomicFile {
    enum Mode {
        /// Refuse when the target exists.
        case createOnly
        /// Replace the target when it exists.
        case replace
    }

    enum Failure: Error, CustomStringConvertible, Equatable {
        /// `.createOnly` and the target exists.
        case exists(String)
        /// The file could not be written, and why.
        case cannotWrite(String, reason: String)

        var description: String {
            switch self {
            case .exists(let path): return "\(path) already exists"
            case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
            }
        }
    }

    static func write(_ text: String, to path: String, mode: Mode) throws(Failure) {
        let fileManager = FileManager.default
        if mode == .createOnly, fileManager.fileExists(atPath: path) { throw .exists(path) }
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
