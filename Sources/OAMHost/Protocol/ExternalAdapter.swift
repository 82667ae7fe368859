import Foundation
import OAMAdapterAPI
import OAMCore

/// An out-of-tree adapter: an executable that reads one JSON request on standard input
/// and writes one JSON response on standard output, within a timeout and an output cap.
///
/// Every way it can misbehave — hang, crash, exit non-zero, print garbage, overflow the
/// cap, answer in another protocol version — comes back as an `AdapterProblem` naming it.
public struct ExternalAdapter: AdapterEndpoint {
    /// The executable's path.
    public var executable: String
    /// Arguments before the request (empty for `oam-adapter-*` executables).
    public var arguments: [String]
    public var limits: BoundedProcess.Limits

    public init(executable: String, arguments: [String] = [], limits: BoundedProcess.Limits = .init()) {
        self.executable = executable
        self.arguments = arguments
        self.limits = limits
    }

    public var name: String { ([executable] + arguments).joined(separator: " ") }

    public func send(_ request: AdapterRequest) -> Result<AdapterResponse, AdapterProblem> {
        let outcome = BoundedProcess.run(
            executable, arguments: arguments, input: ProtocolCodec.encode(request) + [UInt8(ascii: "\n")], limits: limits)
        return Self.interpret(outcome, request: request, name: name, limits: limits)
    }

    /// Turns a process outcome into a response or a problem.
    static func interpret(_ outcome: ProcessOutcome, request: AdapterRequest, name: String, limits: BoundedProcess.Limits)
        -> Result<AdapterResponse, AdapterProblem>
    {
        func problem(_ kind: AdapterProblem.Kind, _ detail: String) -> Result<AdapterResponse, AdapterProblem> {
            let tail = String(decoding: outcome.stderrTail.suffix(400), as: UTF8.self).trimmingCharacters(
                in: .whitespacesAndNewlines)
            return .failure(AdapterProblem(adapter: name, kind: kind, detail: detail + (tail.isEmpty ? "" : "; stderr: \(tail)")))
        }
        switch outcome.termination {
        case .couldNotStart(let reason):
            return problem(.couldNotStart, "could not start: \(reason)")
        case .timedOut:
            return problem(.timedOut, "did not answer within \(Self.seconds(limits.timeout)); killed")
        case .outputTooLarge:
            return problem(.outputTooLarge, "wrote more than \(limits.stdoutLimit) bytes to standard output (the limit); killed")
        case .signaled(let signal):
            return problem(.crashed, "crashed (signal \(signal))")
        case .exited(let status) where status != 0:
            return problem(.exitedNonZero, "exited with status \(status)")
        case .exited:
            break
        }
        guard !outcome.stdout.allSatisfy({ $0 == 0x20 || $0 == 0x0a || $0 == 0x0d || $0 == 0x09 }) else {
            return problem(.invalidResponse, "exited 0 without writing a response")
        }
        let response: AdapterResponse
        do {
            response = try ProtocolCodec.decode(AdapterResponse.self, from: outcome.stdout)
        } catch {
            let start = String(decoding: outcome.stdout.prefix(80), as: UTF8.self)
                .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
            return problem(
                .invalidResponse,
                "wrote something that is not a protocol response: \(ProtocolCodec.describe(error)); it begins '\(start)'")
        }
        guard response.protocol == AdapterProtocol.name else {
            return problem(.invalidResponse, "answered with protocol '\(response.protocol)', expected '\(AdapterProtocol.name)'")
        }
        guard request.versions.contains(response.version) else {
            return problem(
                .protocolVersion,
                "speaks protocol version \(response.version); this host speaks \(request.versions.map(String.init).joined(separator: ", "))"
            )
        }
        if (response.result == nil) == (response.error == nil) {
            return problem(.invalidResponse, "response has \(response.result == nil ? "neither" : "both") 'result' and 'error'")
        }
        return .success(response)
    }

    static func seconds(_ value: Double) -> String {
        NumberText.plain(value, decimals: 3) + " s"
    }
}
