import Hummingbird
import Logging
import ServiceLifecycle

/// `oam serve`: the API over one registry store, on one address, until SIGINT or SIGTERM
/// (in-flight requests finish); SIGHUP reloads the registry.
public struct OAMServer: Sendable {
    public var host: String
    public var port: Int
    public var limits: ServerLimits
    public let store: RegistryStore

    public init(store: RegistryStore, host: String = "127.0.0.1", port: Int = 8080, limits: ServerLimits = ServerLimits()) {
        self.store = store
        self.host = host
        self.port = port
        self.limits = limits
    }

    /// The application, for `run` and for tests.
    public func application(logger: Logger, onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in })
        -> some ApplicationProtocol
    {
        Application(
            router: APIRouter.build(store: store, limits: limits, logger: logger),
            // The idle timeout is also the header deadline: the state handler only sees
            // decoded request parts, so a client trickling header bytes is idle to it and is
            // cut off once the timeout passes without a complete request head.
            server: .http1(
                configuration: .init(
                    additionalChannelHandlers: [
                        StalledWriteHandler(seconds: limits.writeStallSeconds, logger: logger), CloseAfterAnswerHandler(),
                    ],
                    idleTimeout: .milliseconds(Int64(limits.idleSeconds * 1000)))),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "oam"),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) },
            logger: logger)
    }

    /// Serves until SIGINT or SIGTERM; `onServerRunning` gets the bound port (useful with
    /// port 0).
    public func run(logger: Logger, onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let app = application(logger: logger, onServerRunning: onServerRunning)
        let group = ServiceGroup(
            configuration: .init(
                services: [app, ReloadService(store: store, logger: logger)], gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger))
        try await group.run()
    }
}
