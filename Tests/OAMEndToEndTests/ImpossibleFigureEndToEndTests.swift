import Foundation
import OAMTestSupport
import Testing

/// Absurd but well-formed figures — `1e22 TiB` of memory, `1e22 GB/s` links, a tool that
/// reports `1e300 MiB` — are errors or unknowns with a message, never a trap, in every
/// command that reads them.
@Suite struct ImpossibleFigureEndToEndTests {
    static let module = "accelerators/moore-threads/mtt-s4000.yaml"

    /// The shipped registry with the MTT S4000's capacity and link bandwidth made absurd.
    func absurdRegistry() throws -> TemporaryRegistry {
        let registry = try TemporaryRegistry(copying: Fixtures.registry)
        try registry.write(Self.module, replacing: "capacity: 48 GiB", with: "capacity: 1e22 TiB")
        try registry.write(Self.module, replacing: "link_bandwidth: unknown", with: "link_bandwidth: 1e22 GB/s")
        return registry
    }

    /// A process that trapped ends by a signal; Foundation reports the signal number.
    func expectNoTrap(_ result: OAMProcess.Result, _ command: String) {
        #expect([0, 1, 2].contains(result.status), "\(command) ended with \(result.status): \(result.stderr.suffix(500))")
    }

    @Test func validateReportsBothFiguresAsImpossible() throws {
        let registry = try absurdRegistry()
        let result = try OAMProcess.run(["validate", "--registry", registry.path])
        expectNoTrap(result, "validate")
        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                "mtt-s4000.yaml:12:13: error: 'memory.capacity': 1e22 TiB is beyond what any module can have (at most 1 PiB for a size in bytes)"
            ), "\(result.stdout)")
        #expect(result.stdout.contains("'scale_up.link_bandwidth': 1e22 GB/s is beyond what any module can have (at most 1 PB/s"))
        #expect(result.stdout.contains("[impossible-figure]"))
    }

    @Test func fitAndAdapterReportDoNotTrap() throws {
        let registry = try absurdRegistry()
        let fit = try OAMProcess.run(["fit", "meta-llama/llama-3.1-8b", "--registry", registry.path])
        expectNoTrap(fit, "fit")
        let report = try OAMProcess.run(["adapter", "report", "moore-threads/mtt-s4000", "--registry", registry.path])
        expectNoTrap(report, "adapter report")
        #expect(report.status == 0, "\(report.stderr)")
        let json = try OAMProcess.run([
            "adapter", "report", "moore-threads/mtt-s4000", "--registry", registry.path, "--format", "json",
        ])
        expectNoTrap(json, "adapter report --format json")
        #expect((try? JSONSerialization.jsonObject(with: Data(json.stdout.utf8))) != nil, "\(json.stdout.prefix(300))")
    }

    @Test func adapterServeAnswersForAnAbsurdDescriptor() throws {
        let registry = try absurdRegistry()
        let path = registry.path + "/" + Self.module
        let source = try String(contentsOfFile: path, encoding: .utf8)
        for method in ["capabilities", "validate"] {
            let request: [String: Any] = [
                "protocol": "oam-adapter", "versions": [1], "method": method,
                "params": ["module": ["id": "moore-threads/mtt-s4000", "path": path, "source": source]],
            ]
            let result = try OAMProcess.execute(
                OAMProcess.executable.path, ["adapter", "serve", "moore-threads"],
                input: try JSONSerialization.data(withJSONObject: request))
            expectNoTrap(result, "adapter serve (\(method))")
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasPrefix("{"), "\(result.stdout.prefix(200))")
        }
    }

    /// A vendor tool reporting `1e300 MiB` (or `nan MiB`) of memory: the figure is unknown,
    /// with a warning naming the device, and the rest of the probe stands.
    @Test func probeTreatsAbsurdToolFiguresAsUnknown() throws {
        let folder = try TemporaryRegistry()
        let xml = try String(contentsOfFile: Fixtures.path("sysfs/mixed-vendors/tools/nvidia-smi-q-x.xml"), encoding: .utf8)
        var replaced = xml
        if let first = replaced.range(of: "<total>81559 MiB</total>") {
            replaced.replaceSubrange(first, with: "<total>1e300 MiB</total>")
        }
        if let last = replaced.range(of: "<total>81559 MiB</total>", options: .backwards) {
            replaced.replaceSubrange(last, with: "<total>nan MiB</total>")
        }
        try folder.write("nvidia-smi.xml", contents: replaced)
        let result = try OAMProcess.run([
            "probe", "--sysfs-root", Fixtures.path("sysfs/mixed-vendors"), "--format", "json", "--registry", Fixtures.registry,
            "--tool-output", "nvidia-smi=" + folder.path + "/nvidia-smi.xml",
        ])
        expectNoTrap(result, "probe")
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let warnings = try #require(json["warnings"] as? [String])
        #expect(
            warnings.contains { $0.contains("memory total of 0000:18:00.0 is 1.05e+306 bytes, not a possible figure") },
            "\(warnings)")
        #expect(
            warnings.contains { $0.contains("memory total of 0000:2a:00.0 is nan bytes, not a possible figure") },
            "\(warnings)")
        let table = try OAMProcess.run([
            "probe", "--sysfs-root", Fixtures.path("sysfs/mixed-vendors"), "--registry", Fixtures.registry,
            "--tool-output", "nvidia-smi=" + folder.path + "/nvidia-smi.xml",
        ])
        expectNoTrap(table, "probe (table)")
        #expect(!table.stdout.contains("e+300"))
    }
}
