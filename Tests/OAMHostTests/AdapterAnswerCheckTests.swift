import Foundation
import OAMAdapterAPI
import OAMTestSupport
import Testing

@testable import OAMHost

/// What out-of-tree adapters answer is checked, not trusted: strict JSON without repeated
/// keys, discover matches only for devices asked about and modules the registry has, tool
/// figures within physical limits, golden matching in O(n log n), and a bounded check.
@Suite struct AdapterAnswerCheckTests {
    @Test func duplicateKeysAreAProtocolError() throws {
        let answer = #"{"protocol": "oam-adapter", "version": 1, "version": 2, "result": {}}"#
        #expect(throws: ProtocolCodec.Malformed.self) { try ProtocolCodec.decode(AdapterResponse.self, from: Array(answer.utf8)) }
        do {
            _ = try ProtocolCodec.decode(AdapterResponse.self, from: Array(answer.utf8))
        } catch {
            #expect(
                ProtocolCodec.describe(error) == "not valid JSON (1:43: duplicate key 'version')",
                "\(ProtocolCodec.describe(error))")
        }
        // Nested objects are checked too.
        let nested = #"{"protocol": "oam-adapter", "version": 1, "result": {"matches": [{"address": "a", "address": "b"}]}}"#
        #expect(throws: ProtocolCodec.Malformed.self) { try ProtocolCodec.decode(AdapterResponse.self, from: Array(nested.utf8)) }
        // The same keys in different objects are fine.
        let fine =
            #"{"protocol": "oam-adapter", "version": 1, "result": {"matches": [{"address": "a", "modules": []}, {"address": "b", "modules": []}]}}"#
        #expect(throws: Never.self) { try ProtocolCodec.decode(AdapterResponse.self, from: Array(fine.utf8)) }
    }

    @Test func discoverAnswersAreCheckedAgainstTheQuestion() {
        let asked = [
            PCIDevice(address: "0000:01:00.0", vendor: "1d17", device: "0001", class: "120000"),
            PCIDevice(address: "0000:02:00.0", vendor: "1d17", device: "0001", class: "120000"),
        ]
        let modules = [ModuleSource(id: "acme/x1"), ModuleSource(id: "acme/x2")]
        let (kept, problems) = DiscoverAnswer.checked(
            [
                DeviceMatch(address: "0000:01:00.0", modules: ["acme/x1", "nvidia/h100-sxm", "made/up"]),
                DeviceMatch(address: "0000:01:00.0", modules: ["acme/x2"]),
                DeviceMatch(address: "0000:09:00.0", modules: ["acme/x1"]),
                DeviceMatch(address: "0000:02:00.0", modules: ["acme/x2"]),
            ], asked: asked, modules: modules, adapter: "oam-adapter-acme")
        #expect(kept["0000:01:00.0"]?.modules == ["acme/x1"])
        #expect(kept["0000:02:00.0"]?.modules == ["acme/x2"])
        #expect(kept["0000:09:00.0"] == nil)
        #expect(problems.count == 3)
        #expect(problems.allSatisfy { $0.kind == .invalidResponse })
        #expect(
            problems.map(\.detail) == [
                "discover answer: 'nvidia/h100-sxm', 'made/up' for '0000:01:00.0' are not registry modules of its vendors; left out",
                "discover answer: '0000:01:00.0' is answered twice; the first answer is kept",
                "discover answer: '0000:09:00.0' is not a device it was asked about; ignored",
            ])
    }

    @Test func impossibleToolFiguresBecomeUnknown() {
        let report = DeviceReport(
            address: "0000:18:00.0", product: "H100", modules: [], memoryTotalBytes: 1e300 * 1_048_576,
            memoryUsableBytes: 80e9, tool: "nvidia-smi -q -x")
        let (checked, warnings) = report.withoutImpossibleFigures()
        #expect(checked.memoryTotalBytes == nil)
        #expect(checked.memoryUsableBytes == 80e9)
        #expect(
            warnings == [
                "nvidia-smi -q -x: memory total of 0000:18:00.0 is 1.05e+306 bytes, not a possible figure (at most 1 PiB); treated as unknown"
            ])
        let inverted = DeviceReport(
            address: nil, product: "H100", modules: [], memoryTotalBytes: 80e9, memoryUsableBytes: 90e9, tool: "t")
        #expect(inverted.withoutImpossibleFigures().report.memoryUsableBytes == nil)
        let fine = DeviceReport(address: nil, product: nil, modules: [], memoryTotalBytes: 80e9, tool: "t")
        #expect(fine.withoutImpossibleFigures().warnings.isEmpty)
    }

    /// Adapter notes format any figure: `1e22 TiB` once trapped the integer conversion.
    @Test func adapterFormattingTakesAnyValue() {
        #expect(Format.bytes(1e22 * 1_099_511_627_776) == "1.02e+25 GiB")
        #expect(Format.bytesPerSecond(1e31) == "1e+19 TB/s")
        #expect(Format.flops(.infinity) == "inf TFLOP/s")
        #expect(Format.number(.nan) == "nan")
        #expect(Format.number(1159.46) == "1159.5")
    }

    /// Two 8,000-element arrays of objects (the shape that took about four minutes when
    /// each expected element was compared with every actual one, building a message each
    /// time), in reverse order so that no element is where the expectation has it.
    @Test func goldenMatchingOfLargeArraysIsFast() {
        let count = 8_000
        let actual = JSONFragment.array(
            (0..<count).reversed().map { .object(["address": .string("0000:\($0):00.0"), "memory": .number(Double($0))]) })
        let expected = JSONFragment.array(
            (0..<count).map { .object(["address": .string("0000:\($0):00.0"), "memory": .number(Double($0))]) })
        let start = ContinuousClock.now
        #expect(JSONContainment.mismatches(actual: actual, expected: expected).isEmpty)
        let numbers = JSONFragment.array((0..<count).map { .number(Double($0) * 1.5) })
        #expect(JSONContainment.mismatches(actual: numbers, expected: numbers).isEmpty)
        #expect(ContinuousClock.now - start < .seconds(5), "took \(ContinuousClock.now - start)")
        // A missing element is still found missing, by position.
        let missing = JSONFragment.array([.object(["address": .string("0000:99999:00.0")])])
        #expect(
            JSONContainment.mismatches(actual: actual, expected: missing, path: "result")
                == [#"result[0]: no element contains {"address":"0000:99999:00.0"}"#])
        // Numbers still match within 1e-9 relative, and only then.
        #expect(JSONContainment.contains(.array([.number(3.0000000001)]), .array([.number(3)])))
        #expect(!JSONContainment.contains(.array([.number(3.001)]), .array([.number(3)])))
    }

    /// Examples not started within the overall limit fail as not run.
    @Test func adapterCheckHasAnOverallBound() {
        let adapter = BuiltInAdapters.adapter(id: "amd")!
        let results = GoldenChecker.run(
            adapter.examples, against: InTreeEndpoint(adapter), resolver: HostTestSupport.resolver, vendors: adapter.info.vendors,
            limit: 0)
        #expect(!results.isEmpty)
        #expect(results.allSatisfy { $0.problems == ["not run: the check's overall limit of 0 s was reached"] })
    }
}
