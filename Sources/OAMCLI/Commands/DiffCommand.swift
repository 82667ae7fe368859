import ArgumentParser
import Foundation
import OAMCore
import OAMRegistry

/// `oam diff OLD NEW`: every figure that changed, appeared or disappeared between two
/// registry folders or two export bundles, with its sources.
struct DiffCommand: OAMSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "List every figure that changed between two registries or two export bundles.",
        discussion: """
            OLD and NEW are each a registry folder or a bundle written by `oam export` \
            (.json or .csv). Values are compared in SI units, so '80 GiB' rewritten as \
            '85899345920 B' is no change. Exit status: 0 no differences, 1 differences, \
            2 could not run.
            """)

    @Argument(help: ArgumentHelp("The earlier registry folder or bundle.", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The later registry folder or bundle.", valueName: "new"))
    var new: String

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "text or json.")
    var format: Format = .text

    func execute() throws -> Int32 {
        let diff = BundleDiff(old: try Self.bundle(old), new: try Self.bundle(new))
        if format == .json {
            Output.print(DiffRenderer.json(diff).serialized(pretty: true))
        } else {
            Output.print(DiffRenderer.text(diff.readable))
        }
        return diff.isEmpty ? 0 : 1
    }

    /// The largest bundle file `oam diff` reads: 256 MiB.
    static let maxBundleBytes = 256 << 20

    /// A bundle from a registry folder or a bundle file, refused when two of its
    /// descriptors share an id (the diff matches by id and would drop one).
    static func bundle(_ path: String) throws -> ExportBundle {
        let bundle = try read(path)
        if let duplicate = bundle.duplicateIDs.first {
            let more = bundle.duplicateIDs.count > 1 ? " (and \(bundle.duplicateIDs.count - 1) more duplicate ids)" : ""
            throw CLIError.couldNotRun(
                "\(path): id '\(duplicate.id)' is held by \(duplicate.files.map { "'\($0)'" }.joined(separator: " and "))\(more); ids must be unique to compare (`oam validate` reports it as unique-id)"
            )
        }
        return bundle
    }

    /// A bundle from a registry folder (exported in memory) or a bundle file.
    static func read(_ path: String) throws -> ExportBundle {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError.couldNotRun("\(path): no such file or folder")
        }
        if isDirectory.boolValue {
            let registry = RegistryLoader().load(paths: [path])
            let unread = registry.files.filter { $0.descriptor == nil }.count
            if unread > 0 {
                Output.error(
                    "note: \(unread) file\(unread == 1 ? "" : "s") under \(path) could not be read as descriptors and \(unread == 1 ? "is" : "are") left out (`oam validate` shows why)"
                )
            }
            return ExportBundle(registry: registry, root: path, registryRevision: GitChanges.revision(of: path) ?? "unknown")
        }
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path, maxBytes: maxBundleBytes)
        } catch .tooLarge(let size) {
            throw CLIError.couldNotRun("\(path): file is \(size) bytes; a bundle is at most \(maxBundleBytes) bytes (256 MiB)")
        } catch .notRegular {
            throw CLIError.couldNotRun("\(path): not a regular file (a bundle must be a .json or .csv file)")
        } catch {
            throw CLIError.couldNotRun("cannot read \(path): \(error)")
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        guard let text = String(validating: body, as: UTF8.self) else {
            throw CLIError.couldNotRun("cannot read \(path): not UTF-8 text")
        }
        do {
            let start = text.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).first
            return start == "{" ? try ExportBundle(json: text) : try ExportBundle(csv: text)
        } catch {
            throw CLIError.couldNotRun("\(path): \(error)")
        }
    }
}
