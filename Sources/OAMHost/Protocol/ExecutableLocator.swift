import Foundation
import OAMAdapterAPI

/// Finds out-of-tree adapters: executables named `oam-adapter-<vendor>` in the
/// `--adapter-path` folders first, then on `PATH`. The first of a name wins; later ones
/// are reported as shadowed.
public struct ExecutableLocator: Sendable {
    /// Folders searched, in order.
    public var folders: [String]

    public init(adapterPaths: [String] = [], environment: [String: String] = ProcessInfo.processInfo.environment) {
        let path = (environment["PATH"] ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
        self.folders = adapterPaths + path
    }

    /// One executable found.
    public struct Found: Sendable, Hashable {
        /// The vendor part of the name (`acme` for `oam-adapter-acme`).
        public var vendor: String
        public var path: String
        /// Executables of the same name later in the search order.
        public var shadowed: [String]
    }

    /// Every `oam-adapter-*` executable, by vendor, in search order.
    public func adapters() -> [Found] {
        var found: [Found] = []
        for folder in folders {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
            for name in names
            where name.hasPrefix(AdapterProtocol.executablePrefix) && name.count > AdapterProtocol.executablePrefix.count {
                let path = (folder as NSString).appendingPathComponent(name)
                guard Self.isExecutableFile(path) else { continue }
                let vendor = String(name.dropFirst(AdapterProtocol.executablePrefix.count))
                if let index = found.firstIndex(where: { $0.vendor == vendor }) {
                    found[index].shadowed.append(path)
                } else {
                    found.append(Found(vendor: vendor, path: path, shadowed: []))
                }
            }
        }
        return found
    }

    /// The path of `oam-adapter-<vendor>`, or `nil`.
    public func adapter(vendor: String) -> String? {
        adapters().first { $0.vendor == vendor }?.path
    }

    /// A command name resolved like a shell would: a path with a slash as is, else the
    /// first executable of that name in the folders.
    public func resolve(command: String) -> String? {
        if command.contains("/") { return Self.isExecutableFile(command) ? command : nil }
        for folder in folders {
            let path = (folder as NSString).appendingPathComponent(command)
            if Self.isExecutableFile(path) { return path }
        }
        return nil
    }

    static func isExecutableFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
            && FileManager.default.isExecutableFile(atPath: path)
    }
}
