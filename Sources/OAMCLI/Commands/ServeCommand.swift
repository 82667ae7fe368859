import ArgumentParser
import Dispatch
import Foundation
import Logging
import OAMServer

/// `oam serve`: the HTTP API (Docs/api.md) over the registry, loaded and validated once.
struct ServeCommand: OAMSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the registry, the adapters and the solver as a versioned HTTP API (Docs/api.md).",
        discussion: """
            Listens on 127.0.0.1:8080 unless --host/--port say otherwise (other interfaces need an \
            explicit --host). The registry is validated at start: errors exit 2. SIGHUP reloads it \
            (a registry with errors is refused and the old one keeps serving); SIGINT and SIGTERM \
            stop after in-flight requests finish. Out-of-tree adapters (--adapter-path, then PATH) \
            are discovered in the background at start and after each reload, never per request.
            """)

    @OptionGroup var registryOptions: RegistryOptions
    @OptionGroup var adapterOptions: AdapterOptions

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on (0: any free port, printed at start).")
    var port = 8080

    @Option(name: .customLong("max-concurrent"), help: "Requests answered at once; more get 503 with Retry-After.")
    var maxConcurrent = ServerLimits().maxConcurrentRequests

    @Option(
        name: .customLong("idle-timeout"),
        help: "Seconds a connection may go without a complete request head (header deadline and keep-alive idle time).")
    var idleTimeout = ServerLimits().idleSeconds

    @Option(
        name: .customLong("body-timeout"),
        help: "Seconds a posted body may take to arrive after its request head; slower bodies get 408.")
    var bodyTimeout = ServerLimits().bodySeconds

    @Option(
        name: .customLong("write-timeout"),
        help:
            "Seconds an answer may wait without the client taking any of it in (an answer written whole, or the server's buffer draining below 32 KiB) before its connection is closed."
    )
    var writeTimeout = ServerLimits().writeStallSeconds

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be in 0...65535") }
        guard maxConcurrent >= 1 else { throw ValidationError("--max-concurrent must be at least 1") }
        for (name, seconds) in [("idle-timeout", idleTimeout), ("body-timeout", bodyTimeout), ("write-timeout", writeTimeout)]
        where !(0.1...3600).contains(seconds) {
            throw ValidationError("--\(name) must be in 0.1...3600 seconds")
        }
    }

    func execute() throws -> Int32 {
        let path = try registryOptions.location()
        let store: RegistryStore
        do {
            store = try RegistryStore(
                path: path, adapters: AdapterStore(locator: adapterOptions.locator, limits: adapterOptions.limits))
        } catch {
            for diagnostic in error.errors { Output.error(diagnostic.formatted) }
            throw CLIError.couldNotRun(
                "\(path): \(error.errors.count) validation error\(error.errors.count == 1 ? "" : "s"); fix them before serving (`oam validate`)"
            )
        }
        var limits = ServerLimits()
        limits.maxConcurrentRequests = maxConcurrent
        limits.idleSeconds = idleTimeout
        limits.bodySeconds = bodyTimeout
        limits.writeStallSeconds = writeTimeout
        let server = OAMServer(store: store, host: host, port: port, limits: limits)
        // swift-log's line format at a fraction of StreamLogHandler's cost per request.
        let logger = Logger(label: "oam.serve") { StandardErrorLogHandler(label: $0) }
        let host = self.host
        let done = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do {
                try await server.run(logger: logger) { port in
                    let url = "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/"
                    // Unbuffered: whoever started the server on a pipe waits for this line.
                    Output.print("oam serve: \(url) (revision \(store.revision))")
                    Output.flush()
                }
            } catch {
                failure.set("\(error)")
            }
            done.signal()
        }
        done.wait()
        if let message = failure.get() { throw CLIError.couldNotRun("cannot serve on \(host):\(port): \(message)") }
        return 0
    }
}
