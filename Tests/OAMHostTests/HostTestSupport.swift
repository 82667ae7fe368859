import Foundation
import OAMHost
import OAMRegistry
import OAMTestSupport

/// Shared fixtures of the host tests: the shipped registry (loaded once), fixture paths,
/// and the `oam` binary built next to the test bundle.
enum HostTestSupport {
    static let registry: Registry = RegistryLoader().load(paths: [Fixtures.registry])

    static var resolver: ModuleResolver { ModuleResolver(registry: registry) }

    /// `Tests/Fixtures/adapters`, with the scripts made executable (checkouts may drop the bit).
    static let adapterFixtures: String = {
        let folder = Fixtures.path("adapters")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasPrefix("oam-adapter-") {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder + "/" + name)
        }
        return folder
    }()

    static func adapter(_ name: String) -> String { adapterFixtures + "/oam-adapter-" + name }

    static func sysfs(_ tree: String) -> String { Fixtures.path("sysfs/" + tree) }

    /// The `oam` executable of this build, when the build produced it.
    static var oamBinary: String? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ].map { $0.appendingPathComponent("oam").path }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `oam` with arguments; standard output and the exit status.
    static func runOAM(_ arguments: [String], timeout: Double = 60) -> (status: Int32, output: String)? {
        guard let binary = oamBinary else { return nil }
        let outcome = BoundedProcess.run(
            binary, arguments: arguments, input: [], limits: .init(timeout: timeout, stdoutLimit: 16 << 20))
        guard case .exited(let status) = outcome.termination else { return (-1, String(decoding: outcome.stdout, as: UTF8.self)) }
        return (status, String(decoding: outcome.stdout, as: UTF8.self))
    }
}
