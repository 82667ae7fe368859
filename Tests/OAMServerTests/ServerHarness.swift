import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import OAMRegistry
import OAMServer
import OAMTestSupport

/// The shipped registry served in process through HummingbirdTesting's router client.
enum ServerHarness {
    /// Loaded and validated once for every test: the registry never changes while served.
    static let store: RegistryStore = {
        do throws(RegistryStore.LoadFailure) {
            return try RegistryStore(path: Fixtures.registry)
        } catch {
            fatalError("the shipped registry has errors: \(error.errors.map { $0.formatted })")
        }
    }()

    static func withClient(
        limits: ServerLimits = ServerLimits(), store: RegistryStore = store,
        _ body: @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        var logger = Logger(label: "oam.serve.test")
        logger.logLevel = .warning
        let app = OAMServer(store: store, limits: limits).application(logger: logger)
        try await app.test(.router) { client in try await body(client) }
    }

    /// A JSON text in a canonical form (keys sorted, compact), for comparing documents as values.
    static func canonical(_ text: String) throws -> String {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    static func object(_ buffer: ByteBuffer) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(String(buffer: buffer).utf8))
        guard let object = value as? [String: Any] else { throw HarnessError.notAnObject(String(buffer: buffer)) }
        return object
    }

    enum HarnessError: Error {
        case notAnObject(String)
    }
}
