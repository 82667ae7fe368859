import Foundation
import OAMTestSupport
import Synchronization

/// The built `oam serve` running as a user starts it, on a free port of 127.0.0.1: its
/// port, everything it printed, signals and its resident memory. Stopped with SIGKILL if a
/// test leaves it running.
final class ServedOAM {
    let process: Process
    let port: Int
    private let printed: Printed

    /// Both outputs, as they arrive.
    final class Printed: Sendable {
        let text = Mutex(Data())
        var string: String { text.withLock { String(decoding: $0, as: UTF8.self) } }
    }

    struct StartFailure: Error, CustomStringConvertible {
        let description: String
    }

    /// Starts `oam serve --port 0 --registry REGISTRY arguments…` and waits (at most 120 s:
    /// the registry is loaded and validated first) for the URL it prints.
    init(registry: String, arguments: [String] = []) throws {
        let process = Process()
        process.executableURL = OAMProcess.executable
        process.arguments = ["serve", "--port", "0", "--registry", registry] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "OAM_REGISTRY")
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        let printed = Printed()
        pipe.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            printed.text.withLock { $0.append(data) }
        }
        try process.run()
        self.process = process
        self.printed = printed
        let deadline = Date().addingTimeInterval(120)
        var port: Int?
        while port == nil, Date() < deadline, process.isRunning {
            port = Self.port(in: printed.string)
            if port == nil { Thread.sleep(forTimeInterval: 0.05) }
        }
        guard let port else {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            throw StartFailure(description: "oam serve printed no URL: \(printed.string)")
        }
        self.port = port
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    /// The port in `oam serve: http://127.0.0.1:PORT/ (revision …)`.
    private static func port(in text: String) -> Int? {
        guard let range = text.range(of: "http://127.0.0.1:") else { return nil }
        let digits = text[range.upperBound...].prefix { $0.isNumber }
        return text[range.upperBound...].dropFirst(digits.count).first == "/" ? Int(digits) : nil
    }

    /// Everything the server printed so far (URL line, access log, diagnostics).
    var log: String { printed.string }

    func signal(_ number: Int32) {
        kill(process.processIdentifier, number)
    }

    /// The exit status once the server has exited, or `nil` if it still runs after `seconds`.
    func exitStatus(within seconds: Double) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        return process.isRunning ? nil : process.terminationStatus
    }

    /// Resident memory in bytes (`VmRSS` of /proc/PID/status, which counts kibibytes).
    var residentBytes: Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
            let kib = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) })
        else { return nil }
        return kib * 1024
    }
}
