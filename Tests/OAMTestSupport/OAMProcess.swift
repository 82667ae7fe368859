import Foundation

/// Runs the built `oam` binary, as a user would, and captures what it prints.
public enum OAMProcess {
    /// What one run printed and how it ended.
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        /// Wall-clock seconds.
        public var seconds: Double
    }

    /// The `oam` executable next to the test bundle (`.build/<config>/oam`).
    public static var executable: URL {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = testBinary.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("oam")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return Fixtures.repositoryRoot.appendingPathComponent(".build/debug/oam")
    }

    /// Runs `oam arguments…` in `directory` with `environment` added to a clean
    /// environment (no OAM_REGISTRY or GITHUB_ACTIONS leaking in from the caller).
    public static func run(_ arguments: [String], in directory: String? = nil, environment: [String: String] = [:]) throws
        -> Result
    {
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "OAM_REGISTRY")
        env.removeValue(forKey: "GITHUB_ACTIONS")
        for (key, value) in environment { env[key] = value }
        return try execute(executable.path, arguments, in: directory, environment: env)
    }

    /// Runs any executable with `arguments`, optional standard input and a full
    /// environment (`nil`: inherit), capturing both outputs.
    public static func execute(
        _ executable: String, _ arguments: [String], in directory: String? = nil, input: Data? = nil,
        environment: [String: String]? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        if let environment { process.environment = environment }
        let out = Pipe()
        let err = Pipe()
        let inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input == nil ? FileHandle.nullDevice : inPipe
        let start = Date()
        try process.run()
        if let input {
            inPipe.fileHandleForWriting.write(input)
            try inPipe.fileHandleForWriting.close()
        }
        // Read both pipes before waiting so a large output cannot deadlock the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self), seconds: Date().timeIntervalSince(start))
    }
}
