import OAMCore

/// The findings a report shows: at most `perFile` per file and `perRun` in all, the rest
/// counted. A file with 76,000 unknown keys would otherwise print 76,000 lines (a 48 MB
/// SARIF file) that say one thing; every count — the summary, the exit status — still
/// covers all findings.
///
/// Within a file errors are kept before warnings, so warnings never hide an error; the
/// findings kept stay in their order.
public struct CappedDiagnostics: Sendable {
    /// Findings shown per file.
    public static let perFile = 100
    /// Findings shown per run.
    public static let perRun = 10_000

    /// The findings to show, in the order given.
    public var shown: [Diagnostic]
    /// All errors and warnings, shown or not.
    public var errors: Int
    public var warnings: Int
    /// Files with findings left out by the per-file cap, with how many, in file order.
    public var cutByFile: [(file: String, count: Int)]
    /// Findings left out by the per-run cap (after the per-file cap).
    public var cutByRun: Int
    /// The caps applied, for the lines that say what was left out.
    public let fileCap: Int
    public let runCap: Int

    /// Findings not shown.
    public var omitted: Int { errors + warnings - shown.count }

    public init(_ diagnostics: [Diagnostic], perFile: Int = Self.perFile, perRun: Int = Self.perRun) {
        fileCap = perFile
        runCap = perRun
        let files = Self.positionsByFile(diagnostics)
        errors = files.reduce(0) { $0 + $1.errors.count }
        warnings = diagnostics.count - errors
        var kept: [Int] = []
        cutByFile = []
        for file in files {
            kept += (file.errors + file.others).prefix(perFile)
            let count = file.errors.count + file.others.count
            if count > perFile { cutByFile.append((file.name, count - perFile)) }
        }
        kept.sort()
        cutByRun = max(0, kept.count - perRun)
        shown = kept.prefix(perRun).map { diagnostics[$0] }
    }

    /// The positions of one file's findings, errors and the others apart, each in order.
    private struct FilePositions {
        var name: String
        var errors: [Int] = []
        var others: [Int] = []
    }

    /// Positions grouped by file, files in order of their first finding. One pass that reads
    /// only each finding's file and severity: findings come grouped by file (reports are
    /// sorted), so the file's group is looked up by hash only when the file changes, not for
    /// each of a file's 76,000 findings.
    private static func positionsByFile(_ diagnostics: [Diagnostic]) -> [FilePositions] {
        var files: [FilePositions] = []
        var indexOfFile: [String: Int] = [:]
        var current = -1
        for position in diagnostics.indices {
            let file = diagnostics[position].file
            if current < 0 || files[current].name != file {
                if let index = indexOfFile[file] {
                    current = index
                } else {
                    current = files.count
                    indexOfFile[file] = current
                    files.append(FilePositions(name: file))
                }
            }
            if diagnostics[position].severity == .error {
                files[current].errors.append(position)
            } else {
                files[current].others.append(position)
            }
        }
        return files
    }

    /// Lines saying what was left out ("x.yaml: and 75,900 more findings …"), none when
    /// nothing was.
    public var omissionLines: [String] {
        var lines = cutByFile.map { file, count in
            "\(file): and \(NumberText.grouped(count)) more finding\(count == 1 ? "" : "s") in this file not shown (at most \(NumberText.grouped(fileCap)) per file)"
        }
        if cutByRun > 0 {
            lines.append(
                "and \(NumberText.grouped(cutByRun)) more finding\(cutByRun == 1 ? "" : "s") not shown (at most \(NumberText.grouped(runCap)) per run)"
            )
        }
        return lines
    }
}
