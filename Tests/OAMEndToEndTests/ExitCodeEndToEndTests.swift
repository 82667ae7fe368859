import Foundation
import OAMTestSupport
import Testing

/// Documented exit codes: a path the user named that does not exist is "could not run" (2).
@Suite struct ExitCodeEndToEndTests {
    @Test func listWithMissingRegistryOptionCannotRun() throws {
        let result = try OAMProcess.run(["list", "--registry", "/nonexistent/registry"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/nonexistent/registry"))
        #expect(result.stdout.isEmpty)
    }

    @Test func listWithMissingEnvironmentRegistryCannotRun() throws {
        let result = try OAMProcess.run(["list"], environment: ["OAM_REGISTRY": "/nonexistent/env-registry"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/nonexistent/env-registry"))
        #expect(result.stderr.contains("OAM_REGISTRY"))
    }

    /// Every time bound of `oam serve` is checked before it starts: out of 0.1...3600 s is a
    /// usage error (64) naming the option, and nothing is served.
    @Test(arguments: ["--idle-timeout", "--body-timeout", "--write-timeout"])
    func serveRefusesATimeBoundOutOfRange(option: String) throws {
        for value in ["0", "3601"] {
            let result = try OAMProcess.run(["serve", "--registry", Fixtures.registry, option, value])
            #expect(result.status == 64, "\(option) \(value)")
            #expect(result.stderr.contains("\(option) must be in 0.1...3600 seconds"), "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func probeWithMissingSysfsRootCannotRun() throws {
        let result = try OAMProcess.run(["probe", "--sysfs-root", "/nonexistent/sysfs", "--registry", Fixtures.registry])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/nonexistent/sysfs"))
    }

    @Test func probeJSONUsesSnakeCaseKeys() throws {
        let result = try OAMProcess.run([
            "probe", "--sysfs-root", Fixtures.path("sysfs/mixed-vendors"), "--format", "json", "--registry", Fixtures.registry,
        ])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["sysfs_root"] is String)
        #expect(object["unplaced_reports"] is [Any])
        #expect(object["sysfsRoot"] == nil)
        #expect(!result.stdout.contains("Bytes\""))
    }

    @Test func probeWarningsEscapeControlBytes() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("oam-sysfs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let device = root.appendingPathComponent("bus/pci/devices/0000:01:00.0")
        try FileManager.default.createDirectory(at: device, withIntermediateDirectories: true)
        try Data("0x1002\n".utf8).write(to: device.appendingPathComponent("vendor"))
        try Data("0x74a1\n".utf8).write(to: device.appendingPathComponent("device"))
        try Data([0x30, 0x00, 0x1b, 0x5b, 0x6d]).write(to: device.appendingPathComponent("class"))
        let result = try OAMProcess.run(["probe", "--sysfs-root", root.path, "--registry", Fixtures.registry])
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: 0000:01:00.0"))
        #expect(!result.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }
}
