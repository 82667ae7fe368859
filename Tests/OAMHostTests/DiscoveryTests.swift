import Foundation
import OAMAdapterAPI
import OAMHost
import OAMTestSupport
import Testing

/// sysfs scanning and matching against captured trees: several vendors, noise devices,
/// broken entries.
@Suite struct DiscoveryTests {
    @Test func scannerSkipsBrokenEntriesWithWarnings() {
        let scan = PCIScanner.scan(sysfsRoot: HostTestSupport.sysfs("mixed-vendors"))
        #expect(scan.devices.count == 15)
        #expect(scan.warnings.count == 3)
        #expect(scan.warnings.contains { $0.hasPrefix("0000:77:00.0") && $0.contains("class") })
        #expect(scan.warnings.contains { $0.hasPrefix("0000:78:00.0") && $0.contains("garbage") })
        #expect(scan.warnings.contains { $0.hasPrefix("0000:79:00.0") && $0.contains("device") })
        let h100 = scan.devices.first { $0.address == "0000:18:00.0" }
        #expect(h100 == PCIDevice(address: "0000:18:00.0", vendor: "10de", device: "2330", class: "030200"))
    }

    @Test func missingTreeIsAWarningNotACrash() {
        let scan = PCIScanner.scan(sysfsRoot: HostTestSupport.sysfs("no-pci-bus"))
        #expect(scan.devices.isEmpty)
        #expect(scan.warnings.count == 1)
    }

    @Test func mixedHostIsMatchedToRegistryModules() {
        let scan = PCIScanner.scan(sysfsRoot: HostTestSupport.sysfs("mixed-vendors"))
        let result = Prober(registry: HostTestSupport.registry).probe(scan)
        let byAddress = Dictionary(uniqueKeysWithValues: result.devices.map { ($0.pci.address, $0) })
        #expect(byAddress["0000:18:00.0"]?.modules == ["nvidia/h100-sxm"])
        #expect(byAddress["0000:0c:00.0"]?.modules == ["amd/mi300x"])
        #expect(byAddress["0000:0d:00.0"]?.note?.contains("virtual function") == true)
        #expect(byAddress["0000:33:00.0"]?.modules == ["intel/gaudi2"])
        #expect(byAddress["0000:4f:00.0"]?.modules == ["kunlunxin/r300"], "class 0780 is kept because the adapter knows the id")
        #expect(byAddress["0000:c1:00.0"]?.modules == ["huawei/ascend-910b"])
        #expect(byAddress["0000:aa:00.0"]?.modules == [], "an unclaimed processing accelerator is listed, unmatched")
        for noise in ["0000:00:00.0", "0000:02:00.0", "0000:19:00.0", "0000:50:00.0", "0000:5e:00.0", "0000:c2:00.0"] {
            #expect(byAddress[noise] == nil, "\(noise) is not an accelerator")
        }
        #expect(result.ignored == 6)
        let counts = Dictionary(uniqueKeysWithValues: result.counts.map { ($0.module, $0.devices) })
        #expect(
            counts == ["amd/mi300x": 2, "huawei/ascend-910b": 2, "intel/gaudi2": 1, "kunlunxin/r300": 1, "nvidia/h100-sxm": 2])
        #expect(result.unmatched.map(\.pci.address) == ["0000:aa:00.0"])
    }

    @Test func multiDeviceModulesAreCountedAsModules() {
        let result = Prober(registry: HostTestSupport.registry).probe(
            PCIScanner.scan(sysfsRoot: HostTestSupport.sysfs("mi250x-node")))
        #expect(result.counts.count == 1)
        #expect(result.counts.first?.module == "amd/mi250x")
        #expect(result.counts.first?.devices == 4)
        #expect(result.counts.first?.modules == 2)
        #expect(result.ignored == 1, "the AMD CPU host bridge (vendor 1022) is ignored")
    }

    @Test func vendorToolOutputEnrichesDevices() throws {
        let tools = try ["nvidia-smi -q -x": "nvidia-smi-q-x.xml", "npu-smi info": "npu-smi-info.txt"].map { tool, file in
            ToolOutput(
                tool: tool,
                output: try String(contentsOfFile: HostTestSupport.sysfs("mixed-vendors/tools/" + file), encoding: .utf8))
        }
        let result = Prober(registry: HostTestSupport.registry, tools: tools).probe(
            PCIScanner.scan(sysfsRoot: HostTestSupport.sysfs("mixed-vendors")))
        let h100 = try #require(result.devices.first { $0.pci.address == "0000:18:00.0" }?.report)
        #expect(h100.stackVersion == "CUDA 12.4")
        #expect(h100.memoryUsableBytes == Double((81559 - 454) * 1_048_576))
        let npu = try #require(result.devices.first { $0.pci.address == "0000:c1:00.0" }?.report)
        #expect(npu.product == "910B3")
        #expect(result.unplacedReports.isEmpty)
        #expect(result.problems.isEmpty)
    }

    @Test func toolOutputNoAdapterReadsIsAProblemNotACrash() {
        let result = Prober(registry: HostTestSupport.registry, tools: [ToolOutput(tool: "efsmi", output: "?")]).probe(
            PCIScanner.scan(sysfsRoot: HostTestSupport.sysfs("mi250x-node")))
        #expect(result.problems.count == 1)
    }

    @Test func outOfTreeAdapterPlacesDevicesOfItsVendor() throws {
        let endpoint = ExternalAdapter(executable: HostTestSupport.adapter("acme"), limits: .init(timeout: 2))
        guard case .success(let described) = endpoint.send(AdapterRequest(method: .describe)), let info = described.result?.info
        else {
            Issue.record("acme did not describe itself")
            return
        }
        let result = Prober(registry: HostTestSupport.registry, external: [(endpoint, info)]).probe(
            PCIScanner.scan(sysfsRoot: HostTestSupport.sysfs("mixed-vendors")))
        let acme = try #require(result.devices.first { $0.pci.address == "0000:aa:00.0" })
        #expect(acme.adapter == "acme")
        #expect(acme.name == "Acme X1")
    }

    @Test func addressesAreNormalised() {
        #expect(PCIDevice.normalizedAddress("00000000:2A:00.0") == "0000:2a:00.0")
        #expect(PCIDevice.normalizedAddress("C1:00.0") == "0000:c1:00.0")
        #expect(PCIDevice.normalizedAddress("0000:c1:00.0") == "0000:c1:00.0")
    }
}

/// Bytes from a captured sysfs tree are shown escaped, never raw.
@Suite struct DiscoveryEscapingTests {
    @Test func controlBytesInAttributesAreEscaped() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("oam-sysfs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let device = root.appendingPathComponent("bus/pci/devices/0000:01:00.0")
        try FileManager.default.createDirectory(at: device, withIntermediateDirectories: true)
        try Data("0x1002\n".utf8).write(to: device.appendingPathComponent("vendor"))
        try Data("0x74a1\n".utf8).write(to: device.appendingPathComponent("device"))
        try Data([0x30, 0x00, 0x1b, 0x5b, 0x33, 0x31, 0x6d, 0x07]).write(to: device.appendingPathComponent("class"))
        let scan = PCIScanner.scan(sysfsRoot: root.path)
        #expect(scan.devices.isEmpty)
        let warning = try #require(scan.warnings.first)
        #expect(!warning.unicodeScalars.contains { $0.value < 0x20 })
        #expect(warning.contains("\\0"))
        #expect(warning.contains("\\u{1b}"))
        #expect(scan.failure == nil)
    }

    @Test func missingTreeReportsAFailure() {
        #expect(PCIScanner.scan(sysfsRoot: "/nonexistent/sysfs").failure != nil)
        #expect(PCIScanner.scan(sysfsRoot: HostTestSupport.sysfs("mixed-vendors")).failure == nil)
    }

    @Test func escapedLeavesPrintableTextAlone() {
        #expect(PCIScanner.escaped("0000:01:00.0 ü") == "0000:01:00.0 ü")
        #expect(PCIScanner.escaped("a\u{0}b\nc\u{7f}") == "a\\0b\\nc\\u{7f}")
    }
}
