import Foundation
import OAMTestSupport
import Testing

/// Runs an executable found on `PATH` and captures its output.
enum Tool {
    typealias Result = OAMProcess.Result

    /// The executable's full path, or `nil` when `PATH` has none.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static func run(
        _ executable: String, _ arguments: [String], in directory: String? = nil, input: Data? = nil,
        environment: [String: String]? = nil
    ) throws -> Result {
        try OAMProcess.execute(executable, arguments, in: directory, input: input, environment: environment)
    }
}

/// check-jsonschema (PyPI), the independent validator the committed schemas are held to.
/// `.ci/run` installs it; locally the tests that need it are skipped with a message.
enum CheckJSONSchema {
    static let executable = Tool.find("check-jsonschema")
    static var available: Bool { executable != nil }
    static let skipMessage: Comment =
        "check-jsonschema is not on PATH, so the schemas are not checked by an independent validator here; .ci/run installs it (pip install check-jsonschema)"

    /// Files check-jsonschema rejected, by path, with its messages.
    static func failures(schema: String, files: [String]) throws -> [String: [String]] {
        let result = try Tool.run(executable!, ["--schemafile", schema, "-o", "json", "--color", "never"] + files)
        guard let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] else {
            throw CocoaError(
                .fileReadCorruptFile,
                userInfo: [NSLocalizedDescriptionKey: "check-jsonschema printed no JSON: \(result.stdout)\(result.stderr)"])
        }
        var failures: [String: [String]] = [:]
        for error in object["errors"] as? [[String: Any]] ?? [] {
            failures[error["filename"] as? String ?? "?", default: []].append("\(error["path"] ?? ""): \(error["message"] ?? "")")
        }
        for error in object["parse_errors"] as? [[String: Any]] ?? [] {
            failures[error["filename"] as? String ?? "?", default: []].append("parse error: \(error["message"] ?? "")")
        }
        return failures
    }
}

/// Paths of the repository.
enum Repository {
    static let root = Fixtures.repositoryRoot.path
    static func path(_ relative: String) -> String { root + "/" + relative }

    /// Every descriptor file of a registry folder of one kind.
    static func descriptors(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") { found.append(folder + "/" + relative) }
        }
        return found.sorted()
    }
}
