import OAMAdapterAPI
import OAMHost
import Testing

/// Every in-tree adapter's golden examples, run through the protocol in process: the
/// same requests `oam adapter check` sends to an executable.
@Suite struct GoldenExampleTests {
    static let adapterIDs = BuiltInAdapters.all.map(\.info.id)

    @Test(arguments: adapterIDs)
    func goldenExamplesPass(adapterID: String) throws {
        let adapter = try #require(BuiltInAdapters.adapter(id: adapterID))
        #expect(!adapter.examples.isEmpty, "every adapter carries golden examples")
        let results = GoldenChecker.run(
            adapter.examples, against: InTreeEndpoint(adapter), resolver: HostTestSupport.resolver, vendors: adapter.info.vendors)
        for result in results where !result.passed {
            let text = "\(adapterID): \(result.example.name):\n" + result.problems.joined(separator: "\n")
            Issue.record("\(text)")
        }
    }

    @Test(arguments: BuiltInAdapters.vendorAdapters.map(\.info.id))
    func vendorAdaptersShowEachMethod(adapterID: String) throws {
        let adapter = try #require(BuiltInAdapters.adapter(id: adapterID))
        let methods = Set(adapter.examples.map(\.method))
        #expect(methods.contains(.capabilities), "\(adapterID) has a capabilities example")
        #expect(methods.contains(.validate), "\(adapterID) has a validate example")
        let invalid = adapter.examples.filter { $0.method == .validate && $0.params.module?.source != nil }
        #expect(!invalid.isEmpty, "\(adapterID) shows a descriptor its validation rejects")
    }

    @Test func aWrongExpectationFails() throws {
        let adapter = try #require(BuiltInAdapters.adapter(id: "amd"))
        let wrong = GoldenExample.capabilities(
            "wrong on purpose", module: "amd/mi300x",
            expect: #"{"report": {"precisions": [{"precision": "fp8", "level": "emulated"}]}}"#)
        let results = GoldenChecker.run(
            [wrong], against: InTreeEndpoint(adapter), resolver: HostTestSupport.resolver, vendors: ["amd"])
        #expect(results.first?.passed == false)
    }

    @Test func malformedGoldenJSONFailsVisibly() {
        let example = GoldenExample.capabilities("broken", module: "amd/mi300x", expect: "{not json")
        let results = GoldenChecker.run(
            [example], against: InTreeEndpoint(BuiltInAdapters.generic), resolver: HostTestSupport.resolver, vendors: [])
        #expect(results.first?.passed == false)
    }
}
