import Foundation

/// What git says about a registry checkout: the files a change touches (for pull-request
/// checks) and the commit a registry was read from (for export bundles). Runs the `git`
/// found on `PATH`.
public enum GitChanges {
    /// Why git could not answer.
    public enum Failure: Error, Sendable, CustomStringConvertible, Equatable {
        case gitMissing
        case notARepository(String)
        case unknownRef(String)
        case noMergeBase(String)
        case failed(command: String, message: String)

        public var description: String {
            switch self {
            case .gitMissing:
                return "git is not installed or not on PATH; --changed-since needs it"
            case .notARepository(let folder):
                return "\(folder) is not inside a git repository; --changed-since compares git revisions"
            case .unknownRef(let ref):
                return
                    "git does not know the revision '\(ref)'; fetch it first (in GitHub Actions: actions/checkout with fetch-depth: 0)"
            case .noMergeBase(let ref):
                return "'\(ref)' and HEAD have no common ancestor (a shallow clone? fetch the full history)"
            case .failed(let command, let message):
                return "\(command) failed: \(message)"
            }
        }
    }

    /// Existing files (absolute paths) changed since the merge base of `ref` and HEAD:
    /// committed, uncommitted and untracked changes, deletions left out. `directory` is any
    /// folder inside the checkout.
    public static func changedFiles(since ref: String, in directory: String) throws(Failure) -> [String] {
        let top = try topLevel(of: directory)
        guard (try? run(["rev-parse", "--verify", "--quiet", "\(ref)^{commit}"], in: top)) != nil else {
            throw .unknownRef(ref)
        }
        let base: String
        do {
            base = try run(["merge-base", ref, "HEAD"], in: top).trimmingCharacters(in: .whitespacesAndNewlines)
        } catch .failed {
            throw .noMergeBase(ref)
        }
        let changed = try run(["diff", "--name-only", "-z", "--diff-filter=d", base, "--"], in: top)
        let untracked = try run(["ls-files", "--others", "--exclude-standard", "-z"], in: top)
        let names = (changed + untracked).split(separator: "\0").map(String.init)
        var paths: [String] = []
        for name in Set(names).sorted() {
            let path = top + "/" + name
            if FileManager.default.fileExists(atPath: path) { paths.append(path) }
        }
        return paths
    }

    /// The commit checked out at `directory`, with `-dirty` when files under it differ
    /// from the commit; `nil` outside a repository or without git.
    public static func revision(of directory: String) -> String? {
        guard let head = try? run(["rev-parse", "HEAD"], in: directory).trimmingCharacters(in: .whitespacesAndNewlines),
            !head.isEmpty
        else {
            return nil
        }
        let status = (try? run(["status", "--porcelain", "--", "."], in: directory)) ?? ""
        return status.isEmpty ? head : head + "-dirty"
    }

    /// The checkout's root folder.
    public static func topLevel(of directory: String) throws(Failure) -> String {
        do {
            return try run(["rev-parse", "--show-toplevel"], in: directory).trimmingCharacters(in: .whitespacesAndNewlines)
        } catch .failed {
            throw .notARepository(directory)
        }
    }

    /// `git args…` in `directory`; standard output, or `.failed` with standard error.
    static func run(_ arguments: [String], in directory: String) throws(Failure) -> String {
        guard let git = executable() else { throw .gitMissing }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: git)
        process.arguments = ["-C", directory] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["LC_ALL"] = "C"
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .gitMissing
        }
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        group.enter()
        DispatchQueue.global().async {
            errorData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errorData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw .failed(
                command: "git " + arguments.joined(separator: " "),
                message: message.isEmpty ? "exit status \(process.terminationStatus)" : message)
        }
        return String(decoding: outputData, as: UTF8.self)
    }

    /// `git` on `PATH`.
    static func executable() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = "\(folder)/git"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
