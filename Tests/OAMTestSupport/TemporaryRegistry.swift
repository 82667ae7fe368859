import Foundation

/// A registry folder in the temporary directory, removed when the value is released.
public final class TemporaryRegistry {
    public let path: String

    /// An empty folder, or a copy of `source`.
    public init(copying source: String? = nil) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("oam-test-\(UUID().uuidString)")
        if let source {
            try FileManager.default.copyItem(atPath: source, toPath: url.path)
        } else {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        path = url.path
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes bytes at a path relative to the folder, creating folders as needed.
    public func write(_ relative: String, bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    public func write(_ relative: String, contents: String) throws {
        try write(relative, bytes: Array(contents.utf8))
    }

    /// Replaces text in a file of the folder; fails if the text is not there.
    public func write(_ relative: String, replacing old: String, with new: String) throws {
        let file = URL(fileURLWithPath: path).appendingPathComponent(relative)
        let text = try String(contentsOf: file, encoding: .utf8)
        guard text.contains(old) else { throw CocoaError(.fileReadCorruptFile) }
        try write(relative, contents: text.replacingOccurrences(of: old, with: new))
    }
}
