import Foundation
import OAMHost
import OAMTestSupport
import Testing

/// End to end through the `oam` binary: the serve/check round trip, probe, adapters.
@Suite(.serialized) struct CommandLineTests {
    @Test func serveAMDIsCheckedByCheck() throws {
        let binary = try #require(HostTestSupport.oamBinary, "the oam executable is built next to the tests")
        let run = try #require(
            HostTestSupport.runOAM(["adapter", "check", "\(binary) adapter serve amd", "--registry", Fixtures.registry]))
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("golden examples passed against \(binary) adapter serve amd"))
        #expect(!run.output.contains("FAIL"))
    }

    @Test func checkRunsInTreeAdaptersDirectly() throws {
        let run = try #require(
            HostTestSupport.runOAM(["adapter", "check", "nvidia", "--registry", Fixtures.registry, "--format", "json"]))
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains(#""failed": 0"#))
    }

    @Test func checkReportsAMisbehavingAdapterAndExits2() throws {
        let run = try #require(
            HostTestSupport.runOAM([
                "adapter", "check", "garbage", "--adapter-path", HostTestSupport.adapterFixtures, "--adapter-timeout", "1",
                "--registry", Fixtures.registry,
            ]))
        #expect(run.status == 2)
    }

    @Test func probeReadsACapturedTree() throws {
        let run = try #require(
            HostTestSupport.runOAM([
                "probe", "--sysfs-root", HostTestSupport.sysfs("mixed-vendors"), "--format", "json", "--registry",
                Fixtures.registry,
                "--tool-output", "nvidia-smi=" + HostTestSupport.sysfs("mixed-vendors/tools/nvidia-smi-q-x.xml"),
            ]))
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let counts = try #require(json["counts"] as? [[String: Any]])
        #expect(counts.contains { $0["module"] as? String == "nvidia/h100-sxm" && $0["devices"] as? Int == 2 })
        #expect((json["warnings"] as? [String])?.count == 3)
        let devices = try #require(json["devices"] as? [[String: Any]])
        let h100 = devices.first { $0["address"] as? String == "0000:18:00.0" }
        #expect((h100?["report"] as? [String: Any])?["stack_version"] as? String == "CUDA 12.4")
    }

    @Test func adaptersListsOutOfTreeFailuresAndExits1() throws {
        let run = try #require(
            HostTestSupport.runOAM([
                "adapters", "--adapter-path", HostTestSupport.adapterFixtures, "--adapter-timeout", "1", "--registry",
                Fixtures.registry,
            ]))
        #expect(run.status == 1)
        let lines = run.output.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("in-tree") && $0.contains(" amd ") })
        #expect(lines.contains { $0.hasPrefix("out-of-tree") && $0.contains(" acme ") && $0.hasSuffix("ok") })
        #expect(run.output.contains("5 failed"))
    }
}
