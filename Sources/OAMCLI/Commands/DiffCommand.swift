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
        let oldBundle = try Self.bundle(old)
        let newBundle = try Self.bundle(new)
        let changed = BundleIndex.changedIDs(old: oldBundle.index, new: newBundle.index)
        let diff = BundleDiff(
            old: oldBundle.index, new: newBundle.index, oldDetails: try oldBundle.descriptors(changed),
            newDetails: try newBundle.descriptors(changed))
        if format == .json {
            Output.print(DiffRenderer.json(diff).serialized(pretty: true))
        } else {
            Output.print(DiffRenderer.text(diff.readable))
        }
        return diff.isEmpty ? 0 : 1
    }

    /// The largest bundle file `oam diff` reads: 256 MiB.
    static let maxBundleBytes = 256 << 20

    /// One side of the diff: the index of its descriptors, and where their figures are.
    struct Side {
        /// Where the figures of a changed descriptor are read from.
        enum Figures {
            /// A registry folder, or a bundle the file of which was read whole.
            case memory(ExportBundle)
            case csv(CSVBundleFile)
            case json(JSONBundleFile, positions: [String: Int])
        }

        var path: String
        var index: BundleIndex
        var figures: Figures

        /// The descriptors with these ids: from memory, or read again from the bundle file.
        func descriptors(_ ids: Set<String>) throws -> [String: ExportedDescriptor] {
            do {
                switch figures {
                case .memory(let bundle): return bundle.descriptorsByID.filter { ids.contains($0.key) }
                case .csv(let file): return try file.descriptors(ids, checkedAgainst: index)
                case .json(let file, let positions): return try file.descriptors(ids, at: positions, checkedAgainst: index)
                }
            } catch {
                throw DiffCommand.error(error, path)
            }
        }
    }

    /// A side from a registry folder or a bundle file, refused when two of its descriptors
    /// share an id (the diff matches by id and would drop one).
    static func bundle(_ path: String) throws -> Side {
        let side = try read(path)
        let duplicates = side.index.duplicateIDs
        if let duplicate = duplicates.first {
            let more = duplicates.count > 1 ? " (and \(duplicates.count - 1) more duplicate ids)" : ""
            throw CLIError.couldNotRun(
                "\(path): id '\(duplicate.id)' is held by \(duplicate.files.map { "'\($0)'" }.joined(separator: " and "))\(more); ids must be unique to compare (`oam validate` reports it as unique-id)"
            )
        }
        return side
    }

    /// A side from a registry folder (exported in memory) or a JSON or CSV bundle (streamed:
    /// only its index is kept).
    static func read(_ path: String) throws -> Side {
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
            return loaded(
                ExportBundle(registry: registry, root: path, registryRevision: GitChanges.revision(of: path) ?? "unknown"), path)
        }
        do throws(BundleFileFailure) {
            switch try start(path) {
            case "{":
                let file = JSONBundleFile(path: path, maxBytes: maxBundleBytes)
                switch try file.read() {
                case .streamed(let index, let positions):
                    return Side(path: path, index: index, figures: .json(file, positions: positions))
                case .whole(let bundle):
                    return loaded(bundle, path)
                }
            case nil:
                return loaded(try ExportBundle(file: path, maxBytes: maxBundleBytes), path)
            default:
                let file = CSVBundleFile(path: path, maxBytes: maxBundleBytes)
                return Side(path: path, index: try file.index(), figures: .csv(file))
            }
        } catch {
            throw Self.error(error, path)
        }
    }

    static func loaded(_ bundle: ExportBundle, _ path: String) -> Side {
        Side(path: path, index: BundleIndex(bundle), figures: .memory(bundle))
    }

    /// The file's first character after a byte order mark and white space, judged from its
    /// first 64 KiB: `{` is a JSON bundle, anything else a CSV one, both streamed; nil when
    /// undecided (only white space there), and then the file is read whole.
    static func start(_ path: String) throws(BundleFileFailure) -> Character? {
        var first: Character?
        do {
            try FileReader.forEachPiece(path, maxBytes: maxBundleBytes, pieceBytes: 64 << 10) { piece in
                let text = String(decoding: piece, as: UTF8.self)
                // A character cut by the end of the piece decodes as U+FFFD: judge only
                // characters that end at least four bytes before it.
                var offset = 0
                for character in text {
                    offset += character.utf8.count
                    if offset > piece.count - 4 && piece.count == 64 << 10 { break }
                    if character.isWhitespace || character == "\u{FEFF}" { continue }
                    first = character
                    break
                }
                return false
            }
        } catch {
            throw .cannotRead(error)
        }
        return first
    }

    /// The message of a bundle that cannot be read.
    static func error(_ failure: BundleFileFailure, _ path: String) -> CLIError {
        switch failure {
        case .cannotRead(.tooLarge(let size)):
            return .couldNotRun("\(path): file is \(size) bytes; a bundle is at most \(maxBundleBytes) bytes (256 MiB)")
        case .cannotRead(.notRegular):
            return .couldNotRun("\(path): not a regular file (a bundle must be a .json or .csv file)")
        case .cannotRead(let error):
            return .couldNotRun("cannot read \(path): \(error)")
        case .notUTF8:
            return .couldNotRun("cannot read \(path): not UTF-8 text")
        case .invalid(let error):
            return .couldNotRun("\(path): \(error)")
        }
    }
}
