import OAMAdapterAPI

/// Runs a vendor tool on the live host, within the same limits as adapters, to feed
/// discovery. Only used when probing the live `/sys`; a captured tree comes with captured
/// tool output (`--tool-output`).
public enum ToolCapture {
    public static func capture(_ tool: VendorTool, locator: ExecutableLocator, limits: BoundedProcess.Limits) -> Result<
        ToolOutput, AdapterProblem
    >? {
        guard let path = locator.resolve(command: tool.executable) else { return nil }
        let outcome = BoundedProcess.run(path, arguments: tool.arguments, input: [], limits: limits)
        switch outcome.termination {
        case .exited(0):
            return .success(ToolOutput(tool: tool.commandLine, output: String(decoding: outcome.stdout, as: UTF8.self)))
        case .exited(let status):
            return .failure(
                AdapterProblem(adapter: tool.commandLine, kind: .exitedNonZero, detail: "exited with status \(status)"))
        case .signaled(let signal):
            return .failure(AdapterProblem(adapter: tool.commandLine, kind: .crashed, detail: "crashed (signal \(signal))"))
        case .timedOut:
            return .failure(
                AdapterProblem(
                    adapter: tool.commandLine, kind: .timedOut, detail: "did not finish within \(limits.timeout) s; killed"))
        case .outputTooLarge:
            return .failure(
                AdapterProblem(
                    adapter: tool.commandLine, kind: .outputTooLarge,
                    detail: "wrote more than \(limits.stdoutLimit) bytes; killed"))
        case .couldNotStart(let reason):
            return .failure(AdapterProblem(adapter: tool.commandLine, kind: .couldNotStart, detail: reason))
        }
    }
}
