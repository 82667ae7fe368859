import Foundation
import OAMTestSupport

/// A tab-separated table under `Accuracy/` (first line = column names), read by column name
/// so a reordered or extended manifest keeps working. A malformed line is an error naming
/// its file and line, never a silently dropped result.
struct TSVTable {
    struct Row {
        let line: Int
        let file: String
        let fields: [String: String]

        /// The field `column`, or an error naming file:line when the column is absent.
        func value(_ column: String) throws -> String {
            guard let v = fields[column] else { throw ManifestError(file: file, line: line, message: "no column '\(column)'") }
            return v
        }

        func number(_ column: String) throws -> Double {
            let text = try value(column)
            guard let v = Double(text) else {
                throw ManifestError(file: file, line: line, message: "'\(column)' is not a number: '\(text)'")
            }
            return v
        }

        func integer(_ column: String) throws -> Int {
            let text = try value(column)
            guard let v = Int(text) else {
                throw ManifestError(file: file, line: line, message: "'\(column)' is not an integer: '\(text)'")
            }
            return v
        }
    }

    let rows: [Row]

    /// Reads `Accuracy/<name>` from the repository.
    init(named name: String) throws {
        let path = Fixtures.repositoryRoot.appendingPathComponent("Accuracy").appendingPathComponent(name).path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        guard let header = lines.first?.components(separatedBy: "\t") else {
            throw ManifestError(file: "Accuracy/\(name)", line: 1, message: "empty table")
        }
        var rows: [Row] = []
        for (index, line) in lines.enumerated().dropFirst() {
            let cells = line.components(separatedBy: "\t")
            guard cells.count == header.count else {
                throw ManifestError(
                    file: "Accuracy/\(name)", line: index + 1, message: "\(cells.count) fields, the header has \(header.count)")
            }
            rows.append(
                Row(line: index + 1, file: "Accuracy/\(name)", fields: Dictionary(uniqueKeysWithValues: zip(header, cells))))
        }
        self.rows = rows
    }
}
