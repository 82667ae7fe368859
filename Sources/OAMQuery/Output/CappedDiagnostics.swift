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

    /// Findings not shown.
    public var omitted: Int { errors + warnings - shown.count }

    public init(_ diagnostics: [Diagnostic], perFile: Int = Self.perFile, perRun: Int = Self.perRun) {
        errors = diagnostics.count(where: { $0.severity == .error })
        warnings = diagnostics.count - errors
        var positionsByFile: [String: [Int]] = [:]
        var files: [String] = []
        for (position, diagnostic) in diagnostics.enumerated() {
            if positionsByFile[diagnostic.file] == nil { files.append(diagnostic.file) }
            positionsByFile[diagnostic.file, default: []].append(position)
        }
        var kept: [Int] = []
        cutByFile = []
        for file in files {
            let positions = positionsByFile[file]!
            let errorsFirst =
                positions.filter { diagnostics[$0].severity == .error } + positions.filter { diagnostics[$0].severity != .error }
            kept += errorsFirst.prefix(perFile)
            if positions.count > perFile { cutByFile.append((file, positions.count - perFile)) }
        }
        kept.sort()
        cutByRun = max(0, kept.count - perRun)
        shown = kept.prefix(perRun).map { diagnostics[$0] }
    }

    /// Lines saying what was left out ("x.yaml: and 75,900 more findings …"), none when
    /// nothing was.
    public var omissionLines: [String] {
        var lines = cutByFile.map { file, count in
            "\(file): and \(NumberText.grouped(count)) more finding\(count == 1 ? "" : "s") in this file not shown (at most \(Self.perFile) per file)"
        }
        if cutByRun > 0 {
            lines.append(
                "and \(NumberText.grouped(cutByRun)) more finding\(cutByRun == 1 ? "" : "s") not shown (at most \(NumberText.grouped(Self.perRun)) per run)"
            )
        }
        return lines
    }
}
