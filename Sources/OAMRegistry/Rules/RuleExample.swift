import Foundation
import OAMCore

/// A YAML snippet that a rule must accept (valid) or flag (invalid), with `↓` marking each
/// position where the rule must report. Examples are documentation and tests at once:
/// the test suite runs every example of every rule, and `Docs/rules.md` prints them.
public struct RuleExample: Sendable {
    /// One file of the example: its path inside a registry and its text with markers.
    public struct File: Sendable {
        public var path: String
        public var text: String

        public init(path: String, text: String) {
            self.path = path
            self.text = text
        }
    }

    public var files: [File]

    /// The marker that shows where a finding must start.
    public static let marker: Character = "↓"

    /// An example of one file; its path is derived from its `kind:` and `id:` so that
    /// `path-matches-id` holds unless the example sets `path`.
    public init(_ text: String, path: String? = nil) {
        self.files = [File(path: path ?? Self.defaultPath(for: text), text: text)]
    }

    /// An example of several files, for registry-wide rules.
    public init(files: [(String, String)]) {
        self.files = files.map { File(path: $0.0, text: $0.1) }
    }

    /// `Registry/<folder>/<id>.yaml` for the snippet's kind and id.
    static func defaultPath(for text: String) -> String {
        var kind = "accelerator"
        var id = "acme/x1"
        for line in text.split(separator: "\n") {
            let clean = line.replacingOccurrences(of: String(marker), with: "")
            if clean.hasPrefix("kind:") { kind = clean.dropFirst(5).trimmingCharacters(in: .whitespaces) }
            if clean.hasPrefix("id:") { id = clean.dropFirst(3).trimmingCharacters(in: .whitespaces) }
        }
        let folder = DescriptorKind(rawValue: kind)?.folder ?? "accelerators"
        return "Registry/\(folder)/\(id).yaml"
    }

    /// The text without markers, and the 1-based positions of the markers in it.
    public static func strip(_ text: String) -> (text: String, markers: [SourceRange.Position]) {
        var output = ""
        var markers: [SourceRange.Position] = []
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if Character(scalar) == marker {
                markers.append(.init(line: line, column: column))
                continue
            }
            output.unicodeScalars.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (output, markers)
    }
}
