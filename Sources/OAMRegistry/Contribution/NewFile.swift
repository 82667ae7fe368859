import Foundation

/// Creates a file that must not exist yet, atomically: the text goes to a temporary file in
/// the target's folder, which is then hard-linked into place. `link(2)` fails when the
/// target exists, even if it appeared a moment ago, so an existing descriptor is never
/// overwritten and an interrupted run never leaves half a file.
public enum NewFile {
    /// Why the file was not created.
    public enum Failure: Error, Sendable, CustomStringConvertible, Equatable {
        case exists(String)
        case cannotCreate(String, reason: String)

        public var description: String {
            switch self {
            case .exists(let path): return "\(path) already exists; edit it, or remove it first to start over"
            case .cannotCreate(let path, let reason): return "cannot create \(path): \(reason)"
            }
        }
    }

    public static func create(_ path: String, contents text: String) throws(Failure) {
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: path) { throw .exists(path) }
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        do {
            try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreate(path, reason: error.localizedDescription)
        }
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp").path
        guard fileManager.createFile(atPath: temporary, contents: Data(text.utf8)) else {
            throw .cannotCreate(path, reason: "cannot write a temporary file in \(folder.path)")
        }
        defer { unlink(temporary) }
        guard link(temporary, path) == 0 else {
            if errno == EEXIST { throw .exists(path) }
            throw .cannotCreate(path, reason: String(cString: strerror(errno)))
        }
    }
}
